package dev.digitwhisk.action.http;

import com.sun.net.httpserver.HttpExchange;
import dev.digitwhisk.protocol.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.databind.JsonNode;

/** Reading bounded request bodies and writing JSON answers on the JDK's HttpServer. */
final class Exchanges {
  /**
   * The largest announced body that is still read, and dropped, before its 413 goes out. Closing a
   * connection with unread request bytes makes the kernel reset it, and a client still sending then
   * loses the answer (4 % of 2 MiB posts on loopback did). Larger or chunked bodies are cut off at
   * once: a client sending megabytes of nothing must not hold a thread for long.
   */
  static final long DRAIN_LIMIT = 4L << 20;

  private Exchanges() {}

  /** The request body is over the cap; none of it was kept. */
  static final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long cap) {
      super("The request body is larger than " + cap + " bytes (OpenWhisk's parameter limit is 1 MB).");
    }
  }

  /**
   * Reads the body, refusing when Content-Length announces more than {@code cap} (after dropping
   * the body when it is at most {@link #DRAIN_LIMIT}) and otherwise counting while reading (a
   * chunked body stops at the cap).
   */
  static byte[] readBody(HttpExchange exchange, long cap) throws IOException, BodyTooLargeException {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        long length = Long.parseLong(declared.strip());
        if (length > cap) {
          if (length <= DRAIN_LIMIT) {
            drop(in, length);
          }
          throw new BodyTooLargeException(cap);
        }
      } catch (NumberFormatException e) {
        // The server itself rejects a malformed Content-Length; reading below stays bounded anyway.
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[16384];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      if (out.size() + (long) n > cap) {
        throw new BodyTooLargeException(cap);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Reads and drops at most {@code limit} bytes, stopping early at the end of the body. */
  private static void drop(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[16384];
    long left = limit;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= n;
    }
  }

  static void send(HttpExchange exchange, int status, JsonNode body, boolean closeConnection) throws IOException {
    byte[] bytes = Json.bytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (closeConnection) {
      // The unread rest of an oversized body must not be taken for the next request.
      exchange.getResponseHeaders().set("Connection", "close");
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static JsonNode error(String message) {
    return Json.object().put("error", message);
  }
}

package dev.digitwhisk.action.http;

import com.sun.net.httpserver.HttpExchange;
import dev.digitwhisk.action.protocol.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.databind.JsonNode;

/** Reading bounded request bodies and writing JSON answers on the JDK's HttpServer. */
final class Exchanges {
  private Exchanges() {}

  /** The request body is over the cap; nothing past the cap was read. */
  static final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long cap) {
      super("The request body is larger than " + cap + " bytes (OpenWhisk's parameter limit is 1 MB).");
    }
  }

  /**
   * Reads the body, refusing at once when Content-Length announces more than {@code cap} and
   * otherwise counting while reading (a chunked or lying body stops at the cap).
   */
  static byte[] readBody(HttpExchange exchange, long cap) throws IOException, BodyTooLargeException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > cap) {
          throw new BodyTooLargeException(cap);
        }
      } catch (NumberFormatException e) {
        // The server itself rejects a malformed Content-Length; reading below stays bounded anyway.
      }
    }
    InputStream in = exchange.getRequestBody();
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

package dev.digitwhisk.client.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on loopback that answers every request with the same status and JSON body: an
 * action or gateway that behaves in one fixed way (an older action, a proxy's error page) where the
 * real one cannot be made to.
 */
public final class CannedServer implements AutoCloseable {
  private final HttpServer http;
  private final AtomicInteger requests = new AtomicInteger();

  private CannedServer(int status, byte[] body) throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    http.start();
  }

  public static CannedServer answering(int status, byte[] jsonBody) throws IOException {
    return new CannedServer(status, jsonBody.clone());
  }

  /** The URL of {@code path} on this server. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
  }

  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    http.stop(0);
  }
}

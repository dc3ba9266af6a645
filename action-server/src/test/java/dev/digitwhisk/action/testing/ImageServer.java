package dev.digitwhisk.action.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in object store on loopback: serves bytes, statuses, redirects and misbehaviour (slow,
 * endless, lying Content-Length) at paths the test chooses. Every answer counts its requests.
 */
public final class ImageServer implements AutoCloseable {
  /** How one path answers. */
  @FunctionalInterface
  public interface Route {
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  private ImageServer(String host) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, 0), 256);
    server.createContext("/", this::dispatch);
    server.setExecutor(executor);
    server.start();
  }

  public static ImageServer start() throws IOException {
    return new ImageServer("127.0.0.1");
  }

  /** Binds all interfaces, for a container that reaches the host through its gateway. */
  public static ImageServer startOnAllInterfaces() throws IOException {
    return new ImageServer("0.0.0.0");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  public String url(String path) {
    return uri(path).toString();
  }

  public int requests() {
    return requests.get();
  }

  public ImageServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  public ImageServer bytes(String path, byte[] body) {
    return route(path, ex -> send(ex, 200, body));
  }

  public ImageServer status(String path, int status, String body) {
    return route(path, ex -> send(ex, status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  public ImageServer redirect(String path, String location) {
    return route(path, ex -> {
      if (location != null) {
        ex.getResponseHeaders().set("Location", location);
      }
      ex.sendResponseHeaders(302, -1);
    });
  }

  public static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      Route route = routes.get(exchange.getRequestURI().getPath());
      if (route == null) {
        send(exchange, 404, "<Error><Code>NoSuchKey</Code></Error>".getBytes());
        return;
      }
      route.answer(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client went away (the action gave up on a slow or endless answer): expected here.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

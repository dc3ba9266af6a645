import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The benchmark's object store: serves one file at every path on 127.0.0.1, HTTP/1.1 keep-alive.
 * Both actions fetch the same image from it. usage: java StaticStore.java PORT FILE
 */
public class StaticStore {
  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 512);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    System.out.println("store on 127.0.0.1:" + args[0]);
  }
}

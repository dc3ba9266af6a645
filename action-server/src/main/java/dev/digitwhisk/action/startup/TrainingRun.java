package dev.digitwhisk.action.startup;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The workload of {@code java -jar app.jar --train}, which the image build records into the JVM's
 * class-data archive (AppCDS on JDK 21, the AOT cache on JDK 25). It serves a few images from a
 * loopback server of its own and sends the action the activations a container sees — /init, /run by
 * URL in each format, inline, a list, a missing object, a redirect, bad JSON — so the classes every
 * real cold start needs are already parsed, verified and linked in the archive.
 */
public final class TrainingRun {
  private TrainingRun() {}

  /** Sends the training activations to the action at {@code action}, each once, and returns. */
  public static void sendTo(URI action) throws Exception {
    HttpServer images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    serve(images, "/digit.png", encode("png"), 200);
    serve(images, "/digit.jpg", encode("jpeg"), 200);
    serve(images, "/digit.gif", encode("gif"), 200);
    serve(images, "/digit.bmp", encode("bmp"), 200);
    serve(images, "/missing.png", "<Error><Code>NoSuchKey</Code></Error>".getBytes(), 404);
    images.createContext("/moved.png", exchange -> {
      exchange.getResponseHeaders().set("Location", "/digit.png");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    images.start();
    String base = "http://127.0.0.1:" + images.getAddress().getPort();
    // The training's own client sets TLS up as the fetcher does: a default HttpClient would load the
    // whole TLS stack and the CA certificates into the archive, and every cold start would load them.
    try (HttpClient client = DeferredTlsContext.httpClient().build()) {
      post(client, action, "/init", "{\"value\":{\"name\":\"mnist\",\"main\":\"main\",\"env\":{}}}");
      String inline = Base64.getEncoder().encodeToString(encode("png"));
      List<String> bodies = List.of(
          run("{\"url\":\"" + base + "/digit.png?X-Amz-Signature=0\"}"),
          run("{\"url\":\"" + base + "/digit.jpg\"}"),
          run("{\"url\":\"" + base + "/digit.gif\"}"),
          run("{\"url\":\"" + base + "/digit.bmp\"}"),
          run("{\"url\":\"" + base + "/moved.png\"}"),
          run("{\"url\":\"" + base + "/missing.png\"}"),
          run("{\"image\":\"" + inline + "\"}"),
          run("{\"urls\":[\"" + base + "/digit.png\",\"" + base + "/digit.jpg\"]}"),
          run("{\"url\":\"ftp://example/x\"}"),
          "{\"value\":");
      // Each request once: the archive needs their classes, not hot methods. Thirty rounds stored
      // method profiles whose restoring cost a cold start more than they saved (~19 ms here).
      for (String body : bodies) {
        post(client, action, "/run", body);
      }
    } finally {
      images.stop(0);
    }
  }

  private static String run(String value) {
    return "{\"value\":" + value + ",\"namespace\":\"guest\",\"action_name\":\"/guest/mnist\","
        + "\"activation_id\":\"training\",\"transaction_id\":\"t\",\"deadline\":\""
        + (System.currentTimeMillis() + 600_000) + "\"}";
  }

  private static void post(HttpClient client, URI base, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .build();
    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void serve(HttpServer server, String path, byte[] body, int status) {
    server.createContext(path, exchange -> {
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  private static byte[] encode(String format) throws IOException {
    BufferedImage image = new BufferedImage(56, 56, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 56; y++) {
      for (int x = 0; x < 56; x++) {
        boolean ink = (y >= 8 && y <= 13 && x >= 14 && x <= 42) || (Math.abs(x - (42 - (y - 8) / 2)) <= 3 && y > 8 && y < 50);
        image.setRGB(x, y, ink ? 0x202020 : 0xf8f8f8);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // In memory: ImageIO's default disk cache would put its temp-file classes into every cold start.
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageIO.write(image, format, stream);
    }
    return out.toByteArray();
  }
}

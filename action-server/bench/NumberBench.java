import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import dev.digitwhisk.model.mnist.NumberPicture;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.Json;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Reading an 8-digit number against reading one digit, through one running action's /run, side by
 * side: the same loopback store, the same MNIST digits at the same size, the two requests alternating
 * (which goes first alternates too), one at a time on a keep-alive connection, after a warm-up.
 * Prints p50 and p95 of the time from request to answer for each, and their ratio.
 * usage: java -cp target/action-server.jar bench/NumberBench.java ACTION_PORT [REQUESTS=200]
 */
public class NumberBench {
  private static final int SCALE = 4;
  private static final int WARM_UP = 100;

  public static void main(String[] args) throws Exception {
    URI run = URI.create("http://127.0.0.1:" + args[0] + "/run");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    MnistSet mnist = MnistFiles.locate().filter(MnistFiles::hasTest)
        .orElseThrow(() -> new IllegalStateException("MNIST test files not found: set " + MnistFiles.ENV)).readTest();
    NumberPicture digit = NumberPicture.of(mnist, SCALE, 0);
    NumberPicture number = NumberPicture.of(mnist, SCALE, 0, 1, 2, 3, 4, 5, 6, 7);
    Map<String, byte[]> files = Map.of("/digit.png", digit.png(), "/number.png", number.png());
    HttpServer store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    store.createContext("/", exchange -> {
      byte[] body = files.getOrDefault(exchange.getRequestURI().getPath(), new byte[0]);
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    store.start();
    String base = "http://127.0.0.1:" + store.getAddress().getPort();
    String digitBody = "{\"value\":{\"url\":\"" + base + "/digit.png\"}}";
    String numberBody = "{\"value\":{\"url\":\"" + base + "/number.png\",\"read\":\"number\"}}";
    System.out.printf(Locale.ROOT, "digit: %d×%d px; number %s: %d×%d px%n", digit.image().getWidth(),
        digit.image().getHeight(), number.text(), number.image().getWidth(), number.image().getHeight());
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      awaitAction(http, run, digitBody);
      for (int i = 0; i < WARM_UP; i++) {
        send(http, run, digitBody);
        send(http, run, numberBody);
      }
      double[] digitMs = new double[requests];
      double[] numberMs = new double[requests];
      int digitsRight = 0;
      int numbersRight = 0;
      for (int i = 0; i < requests; i++) {
        boolean numberFirst = i % 2 == 1;
        if (numberFirst) {
          numbersRight += timed(http, run, numberBody, numberMs, i).number().map(n -> n.text().equals(number.text())).orElse(false) ? 1 : 0;
        }
        digitsRight += timed(http, run, digitBody, digitMs, i).res() == digit.text().charAt(0) - '0' ? 1 : 0;
        if (!numberFirst) {
          numbersRight += timed(http, run, numberBody, numberMs, i).number().map(n -> n.text().equals(number.text())).orElse(false) ? 1 : 0;
        }
      }
      System.out.printf(Locale.ROOT, "%d requests each, alternating, after %d warm-up pairs%n", requests, WARM_UP);
      System.out.printf(Locale.ROOT, "| what | p50 ms | p95 ms | right |%n| --- | --- | --- | --- |%n");
      System.out.printf(Locale.ROOT, "| one digit | %.2f | %.2f | %d/%d |%n", pct(digitMs, 50), pct(digitMs, 95), digitsRight, requests);
      System.out.printf(Locale.ROOT, "| 8-digit number | %.2f | %.2f | %d/%d |%n", pct(numberMs, 50), pct(numberMs, 95), numbersRight, requests);
      System.out.printf(Locale.ROOT, "number / digit: p50 %.1f×, p95 %.1f×%n", pct(numberMs, 50) / pct(digitMs, 50),
          pct(numberMs, 95) / pct(digitMs, 95));
    } finally {
      store.stop(0);
    }
  }

  private static Answer timed(HttpClient http, URI run, String body, double[] into, int i) throws Exception {
    long start = System.nanoTime();
    Answer answer = send(http, run, body);
    into[i] = (System.nanoTime() - start) / 1e6;
    return answer;
  }

  private static Answer send(HttpClient http, URI run, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(run).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    Answer answer = AnswerCodec.read(Json.parse(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body()));
    if (answer.failed()) {
      throw new IllegalStateException("the action failed: " + answer.error());
    }
    return answer;
  }

  private static void awaitAction(HttpClient http, URI run, String body) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try {
        send(http, run, body);
        return;
      } catch (Exception e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the action at " + run + " never answered");
  }

  /** The nearest-rank percentile. */
  private static double pct(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}

package dev.digitwhisk.action.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.action.http.BadInputCases.Case;
import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.protocol.AnswerCodec;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * More than a thousand bad requests against one server: every one must get a JSON answer with a
 * human {@code error}, the right codes, no secret echoed back; afterwards the server still answers
 * a good request and its memory is where it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputBatteryTest {
  private static final Pattern DEADLINE = Pattern.compile("DEADLINE\\+(\\d+)");
  private static DigitClassifier classifier;
  private static ImageServer store;
  private static ActionServer server;
  private static HttpClient http;
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static List<Case> cases;
  private static long heapBefore;
  private static int threadsBefore;

  @BeforeAll
  static void start() throws Exception {
    classifier = DigitClassifier.loadDefault();
    byte[] png = TestImages.png();
    store = ImageServer.start().bytes("/ok.png", png)
        .route("/slow-headers.png", ex -> {
          Thread.sleep(5_000);
          ImageServer.send(ex, 200, png);
        })
        .route("/slow-body.png", ex -> {
          ex.sendResponseHeaders(200, png.length);
          OutputStream out = ex.getResponseBody();
          for (byte b : png) {
            out.write(b);
            out.flush();
            Thread.sleep(500);
          }
        });
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    server = ActionServer.start(ActionServerConfig.builder().classifier(classifier).out(log).err(log).build());
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    cases = new BadInputCases(store).all();
    // One good activation first, so what is measured below is growth, not first-time set-up.
    assertThat(send(Case.of("warm", "{\"value\":{\"url\":\"" + store.url("/ok.png") + "\"}}", 200)).code()).isEqualTo(200);
    heapBefore = usedHeapAfterGc();
    threadsBefore = Thread.activeCount();
  }

  @AfterAll
  static void stop() {
    http.close();
    server.close();
    store.close();
    classifier.close();
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> everyBadInput_getsAClearJsonError() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  @Test
  @Order(2)
  void afterTheBattery_serverAnswers_andMemoryAndThreadsAreBounded() throws Exception {
    ActionClient.Answer good = send(Case.of("good", "{\"value\":{\"url\":\"" + store.url("/ok.png") + "\"}}", 200));
    assertThat(good.code()).isEqualTo(200);
    assertThat(good.res()).isBetween(0, 9);
    long growth = usedHeapAfterGc() - heapBefore;
    assertThat(growth).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
    assertThat(Thread.activeCount()).isLessThan(threadsBefore + 64);
    String log = LOG.toString(StandardCharsets.UTF_8);
    assertThat(log).doesNotContain("SECRETSIG");
    assertThat(log.lines().filter("XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX"::equals).count())
        .as("sentinels on stdout and stderr for every /run activation").isGreaterThanOrEqualTo(2L * 1000);
  }

  private static void check(Case c) throws Exception {
    ActionClient.Answer answer = send(c);
    assertThat(answer.status()).as("HTTP status; body %s", answer.text()).isEqualTo(c.httpStatus());
    JsonNode json = answer.json();
    assertThat(json).as("a JSON answer: %s", answer.text()).isNotNull();
    assertThat(answer.text()).doesNotContain("SECRETSIG");
    if (json.has("results")) {
      for (JsonNode result : json.path("results")) {
        assertError(result, c, answer.text());
      }
      return;
    }
    assertError(json, c, answer.text());
  }

  private static void assertError(JsonNode json, Case c, String text) throws Exception {
    JsonNode error = json.path("error");
    JsonNode message = error.isObject() ? error.path("message") : error;
    assertThat(message.isString()).as("%s: an error message in %s", c.name(), text).isTrue();
    assertThat(message.stringValue()).isNotBlank();
    assertThat(AnswerCodec.read(json).error()).as("the protocol's reading of %s", text).isEqualTo(message.stringValue());
    if (!c.codes().isEmpty()) {
      assertThat(json.path("code").asInt()).as("code in %s", text).isIn(c.codes());
      assertThat(json.path("res").asInt()).isEqualTo(-1);
      assertThat(error.path("code").asInt()).as("code inside the error object of %s", text).isEqualTo(json.path("code").asInt());
      assertThat(error.path("res").asInt()).isEqualTo(-1);
    }
  }

  private static ActionClient.Answer send(Case c) throws Exception {
    if (c.rawMegabytes() > 0) {
      return RawPost.send(server.port(), c.rawMegabytes(), c.chunked());
    }
    byte[] body = c.body();
    if (body != null) {
      String text = new String(body, StandardCharsets.UTF_8);
      Matcher m = DEADLINE.matcher(text);
      if (m.find()) {
        body = m.replaceAll(Long.toString(System.currentTimeMillis() + Long.parseLong(m.group(1)))).getBytes(StandardCharsets.UTF_8);
      }
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + c.path()))
        .timeout(Duration.ofSeconds(40))
        .method(c.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json;
    try {
      json = ActionClient.JSON.readTree(response.body());
    } catch (RuntimeException e) {
      json = null;
    }
    return new ActionClient.Answer(response.statusCode(), response.body(), json);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** A body far over the cap, sent over a raw socket: the answer must come before it is all sent. */
  static final class RawPost {
    private RawPost() {}

    static ActionClient.Answer send(int port, int megabytes, boolean chunked) throws Exception {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(20_000);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
          try (InputStream in = socket.getInputStream()) {
            in.transferTo(received);
          } catch (java.io.IOException e) {
            // reset after the answer: what was read is kept
          }
        });
        long total = (long) megabytes << 20;
        String head = "POST /run HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + total + "\r\n") + "\r\n";
        long sent = 0;
        try {
          OutputStream out = socket.getOutputStream();
          out.write(head.getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) 'a');
          chunk[0] = '{';
          while (sent < total && reader.isAlive()) {
            if (chunked) {
              out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write(chunk);
            if (chunked) {
              out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            sent += chunk.length;
          }
        } catch (java.io.IOException e) {
          // The server closed the connection after refusing: expected.
        }
        reader.join(20_000);
        if (megabytes >= 5) {
          // Refused after the first megabyte or two, not after reading everything.
          assertThat(sent).as("bytes sent before the answer").isLessThan(total);
        }
        String response = received.toString(StandardCharsets.UTF_8);
        int status = Integer.parseInt(response.substring(9, 12));
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        return new ActionClient.Answer(status, body, ActionClient.JSON.readTree(body));
      }
    }
  }
}

package dev.digitwhisk.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ActionClient.Answer;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.model.DigitClassifier;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public API the sandbox uses, and the answer's shape, on a real loopback server. */
class ActionServerTest {
  private static DigitClassifier classifier;
  private static ImageServer store;
  private static ActionServer server;
  private static ActionClient client;
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws Exception {
    classifier = DigitClassifier.loadDefault();
    store = ImageServer.start().bytes("/digit.png", TestImages.png()).bytes("/digit.jpg", TestImages.stroke("jpeg", 120));
    PrintStream log = new PrintStream(OUT, true, StandardCharsets.UTF_8);
    server = ActionServer.start(ActionServerConfig.builder().classifier(classifier).out(log).err(log).build());
    client = new ActionClient(server.baseUri());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    store.close();
    classifier.close();
  }

  @Test
  void start_loopbackEphemeral_reportsPortAndBaseUri() {
    assertThat(server.port()).isPositive();
    assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
  }

  @Test
  void run_url_answersTheSeedShapePlusDetails() throws Exception {
    Answer answer = client.runUrl(store.url("/digit.png?X-Amz-Signature=s3cr3t"));
    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.path("code").asInt()).isEqualTo(200);
    assertThat(json.path("res").asInt()).isBetween(0, 9);
    assertThat(json.has("error")).isFalse();
    assertThat(json.path("probabilities")).hasSize(10);
    double sum = 0;
    for (JsonNode p : json.path("probabilities")) {
      sum += p.asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(json.path("confidence").asDouble())
        .isEqualTo(json.path("probabilities").get(json.path("res").asInt()).asDouble());
    assertThat(json.path("model").path("name").asString()).isEqualTo(classifier.card().name());
    assertThat(json.path("model").path("sha256").asString()).isEqualTo(classifier.card().sha256());
    for (String stage : new String[] {"fetch", "decode", "preprocess", "infer", "total"}) {
      assertThat(json.path("timings_ms").path(stage).isNumber()).as(stage).isTrue();
    }
    BufferedImage seen = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(json.path("input_png").asString())));
    assertThat(seen.getWidth()).isEqualTo(28);
    assertThat(seen.getHeight()).isEqualTo(28);
    // The log line is written right after the answer is sent: give it a moment.
    for (int i = 0; i < 200 && !OUT.toString(StandardCharsets.UTF_8).contains("/digit.png"); i++) {
      Thread.sleep(10);
    }
    assertThat(OUT.toString(StandardCharsets.UTF_8)).doesNotContain("s3cr3t").contains("/digit.png");
  }

  @Test
  void run_base64Image_matchesTheSameImageByUrl() throws Exception {
    byte[] jpeg = TestImages.stroke("jpeg", 120);
    Answer byUrl = client.runUrl(store.url("/digit.jpg"));
    Answer inline = client.run(ActionClient.JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(jpeg)));
    assertThat(inline.code()).isEqualTo(200);
    assertThat(inline.res()).isEqualTo(byUrl.res());
    assertThat(inline.json().path("probabilities")).isEqualTo(byUrl.json().path("probabilities"));
  }

  @Test
  void run_urls_answersOneResultPerLinkInOrder() throws Exception {
    var urls = ActionClient.JSON.createArrayNode().add(store.url("/digit.png")).add(store.url("/gone.png")).add(store.url("/digit.jpg"));
    Answer answer = client.run(ActionClient.JSON.createObjectNode().set("urls", urls));
    assertThat(answer.code()).isEqualTo(200);
    JsonNode results = answer.json().path("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).path("code").asInt()).isEqualTo(200);
    assertThat(results.get(1).path("code").asInt()).isEqualTo(404);
    assertThat(results.get(1).path("res").asInt()).isEqualTo(-1);
    assertThat(results.get(1).path("error").path("message").asString()).contains("gone.png");
    assertThat(results.get(2).path("code").asInt()).isEqualTo(200);
  }

  @Test
  void run_blankPaper_is422NoDigit() throws Exception {
    String blank = Base64.getEncoder().encodeToString(TestImages.blank("png", 64));
    Answer answer = client.run(ActionClient.JSON.createObjectNode().put("image", blank));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.code()).isEqualTo(422);
    assertThat(answer.res()).isEqualTo(-1);
    assertThat(answer.error()).isNotBlank();
  }

  @Test
  void run_failureAsWebAction_carriesAnHttpResponseInError() throws Exception {
    Answer answer = client.run(ActionClient.JSON.createObjectNode().put("url", store.url("/gone.png"))
        .put("__ow_method", "post").put("__ow_path", ""));
    assertThat(answer.status()).isEqualTo(200);
    JsonNode error = answer.json().path("error");
    assertThat(answer.code()).isEqualTo(404);
    assertThat(error.path("statusCode").asInt()).isEqualTo(404);
    assertThat(error.path("body").path("code").asInt()).isEqualTo(404);
    assertThat(error.path("body").path("res").asInt()).isEqualTo(-1);
    assertThat(error.path("body").path("error").path("message").asString()).contains("gone.png");
    Answer bad = client.run(ActionClient.JSON.createObjectNode().put("__ow_method", "post"));
    assertThat(bad.json().path("error").path("statusCode").asInt()).isEqualTo(400);
  }

  @Test
  void run_concurrently_everyAnswerIsComplete() throws Exception {
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<Answer>>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> client.runUrl(store.url("/digit.png"))));
      }
      for (var f : futures) {
        assertThat(f.get().code()).isEqualTo(200);
      }
    }
  }

  @Test
  void close_releasesThePort() throws Exception {
    ActionServer other = ActionServer.start(ActionServerConfig.loopback(classifier));
    int port = other.port();
    other.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }
}

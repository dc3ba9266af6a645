package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.upload.StoredObject;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.ImageFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The action's own failures through the REST API of a controller that keeps only {@code {"error": …}}
 * of an application error: each comes back 502 with its own code, message and advice. The raw
 * answers are printed, as a person would see them with curl.
 */
class OpenWhiskFailureAnswersTest {
  static SandboxFixture fixture;
  static OpenWhiskStandIn openwhisk;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
    openwhisk = OpenWhiskStandIn.start();
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
    fixture.close();
  }

  @Test
  void blankUnsupportedAndExpired_eachKeepTheirCodeAndMessageThroughRest() throws Exception {
    StoredObject stored = fixture.store().put(TestImages.drawnSeven("png"), ImageFormat.PNG);
    URI expired = fixture.store().presign(stored, Duration.ofSeconds(1));
    long expiredAfter = System.nanoTime() + Duration.ofMillis(2_100).toNanos();
    URI blank = Uploads.presigned(fixture, TestImages.blankPng());
    URI text = Uploads.presigned(fixture, "just some text, not an image".getBytes(StandardCharsets.UTF_8));

    check("blank drawing", blank, ErrorKind.NO_DIGIT, FailureKind.NO_DIGIT);
    check("unsupported image", text, ErrorKind.NOT_AN_IMAGE, FailureKind.IMAGE_REJECTED);
    Thread.sleep(Math.max(0, (expiredAfter - System.nanoTime()) / 1_000_000));
    check("expired URL", expired, ErrorKind.FORBIDDEN, FailureKind.ACTION_ERROR);
    fixture.store().delete(stored);
  }

  private static void check(String what, URI url, ErrorKind kind, FailureKind failureKind) throws Exception {
    HttpResponse<String> raw = post(url);
    System.out.printf("REST answer for the %s (POST …/actions/mnist?blocking=true&result=true): HTTP %d%n%s%n",
        what, raw.statusCode(), raw.body());
    assertThat(raw.statusCode()).isEqualTo(502);
    JsonNode body = ActionAnswers.JSON.readTree(raw.body());
    assertThat(body.propertyNames()).as("what the controller keeps").containsExactly("error");
    assertThat(body.path("error").path("code").asInt()).isEqualTo(kind.code());
    assertThat(body.path("error").path("res").asInt()).isEqualTo(-1);
    assertThat(body.path("error").path("kind").asString()).isEqualTo(kind.wireName());
    assertThat(body.path("error").path("advice").asString()).isEqualTo(kind.advice());
    String message = body.path("error").path("message").asString();
    assertThat(message).isNotBlank();

    OpenWhiskRestInvoker invoker = new OpenWhiskRestInvoker(ActionInvokers.newHttpClient(), openwhisk.apiHost(),
        openwhisk.auth(), "_", "mnist");
    assertThatThrownBy(() -> invoker.invoke(url, Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> {
          System.out.printf("  the client says: %s%n  what to do: %s%n", e.getMessage(), e.whatToDo());
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.code()).isEqualTo(kind.code());
          assertThat(e.errorKind()).contains(kind);
          assertThat(e.kind()).isEqualTo(failureKind);
          assertThat(e.actionError()).isEqualTo(message);
          assertThat(e.whatToDo()).isEqualTo(kind.advice());
        });
  }

  private static HttpResponse<String> post(URI imageUrl) throws Exception {
    String auth = Base64.getEncoder().encodeToString(openwhisk.auth().getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(openwhisk.apiHost().resolve(
            "/api/v1/namespaces/_/actions/mnist?blocking=true&result=true"))
        .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + imageUrl + "\"}")).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}

package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.invoke.openwhisk.SwaggerCheck;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.upload.StoredObject;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.ImageFormat;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OpenWhiskRestInvokerTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.requestsAndAnswers();

  static SandboxFixture fixture;
  static OpenWhiskStandIn openwhisk;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
    // The images are on the host's loopback: the containers share its network (docker run --network host).
    openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork());
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
    fixture.close();
  }

  @AfterEach
  void reset() {
    openwhisk.throttleNext(0);
    openwhisk.runDelay(Duration.ZERO);
  }

  private static OpenWhiskRestInvoker invoker(String auth, String namespace, String action) {
    return new OpenWhiskRestInvoker(ActionInvokers.newHttpClient(), openwhisk.apiHost(), auth, namespace, action);
  }

  private static OpenWhiskRestInvoker invoker() {
    return invoker(openwhisk.auth(), "_", "mnist");
  }

  @Test
  void invoke_firstAfterCoolDown_isColdWithInitTime_thenWarm() throws Exception {
    openwhisk.coolDown();
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    Invocation cold = invoker().invoke(url, Duration.ofSeconds(30));
    openwhisk.awaitStored(cold.activation().activationId().orElseThrow()); // its container is free again
    Invocation warm = invoker().invoke(url, Duration.ofSeconds(30));

    assertThat(cold.result().digit()).isBetween(0, 9);
    assertThat(cold.result().probabilities()).hasSize(10);
    assertThat(cold.result().inputPng()).isNotEmpty();
    assertThat(cold.result().timingsMs()).containsKeys("fetch", "infer", "total");
    assertThat(cold.activation().start()).isEqualTo(ActivationInfo.Start.COLD);
    assertThat(cold.activation().initTime()).isPresent();
    assertThat(cold.activation().activationId()).get().asString().hasSize(32);
    assertThat(warm.activation().start()).isEqualTo(ActivationInfo.Start.WARM);
    assertThat(warm.activation().initTime()).isEmpty();
    assertThat(warm.activation().waitTime()).isPresent();
    assertThat(warm.activation().duration()).isPresent();
    assertThat(warm.result().digit()).isEqualTo(cold.result().digit());
  }

  @Test
  void invoke_number_travelsThroughTheControllerAndBack() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnNumber("171"));

    Invocation inv = invoker().invoke(url, ReadMode.NUMBER, Duration.ofSeconds(30));

    assertThat(inv.result().number()).get().extracting(NumberAnswer::text).isEqualTo("171");
    assertThat(inv.result().digit()).isEqualTo(1);
  }

  @Test
  void invoke_explicitNamespace_works() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    Invocation inv = invoker(openwhisk.auth(), openwhisk.namespace(), "mnist").invoke(url, Duration.ofSeconds(30));
    assertThat(inv.result().digit()).isBetween(0, 9);
  }

  @Test
  void invoke_wrongKey_says401AndWhatToFix() throws Exception {
    String wrong = openwhisk.auth().substring(0, openwhisk.auth().indexOf(':')) + ":not-the-key";
    assertThatThrownBy(() -> invoker(wrong, "_", "mnist").invoke(Uploads.missing(fixture), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_AUTH);
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.getMessage()).contains("The supplied authentication is invalid");
          assertThat(e.whatToDo()).contains("auth key");
          assertThat(e.getMessage()).doesNotContain("not-the-key");
        });
  }

  @Test
  void invoke_someoneElsesNamespace_says403() throws Exception {
    assertThatThrownBy(() -> invoker(openwhisk.auth(), "other", "mnist").invoke(Uploads.missing(fixture), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_AUTH);
          assertThat(e.httpStatus()).isEqualTo(403);
          assertThat(e.whatToDo()).contains("namespace");
        });
  }

  @Test
  void invoke_unknownAction_says404AndDeploy() throws Exception {
    assertThatThrownBy(() -> invoker(openwhisk.auth(), "_", "nope").invoke(Uploads.missing(fixture), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_NOT_FOUND);
          assertThat(e.getMessage()).contains("/_/nope");
          assertThat(e.whatToDo()).contains("deploy");
        });
  }

  /**
   * The client's own bodies (links, at most {@code Limits.MAX_URLS} of {@code MAX_URL_LENGTH}) stay far below the
   * controller's 1 MiB payload limit; an invoker handed a larger one gets the controller's 413 as a specific error.
   */
  @Test
  void invoke_bodyOverThePayloadLimit_says413AndWhatToDo() throws Exception {
    ObjectNode params = JsonMapper.builder().build().createObjectNode().put("pad", "a".repeat(1 << 20));
    int before = openwhisk.runCalls();

    assertThatThrownBy(() -> invoker().call(params, Duration.ofSeconds(10), Pacing.bounded()))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(413);
          assertThat(e.kind()).isEqualTo(FailureKind.INTERNAL);
          assertThat(e.getMessage()).contains("too large").contains("Request larger than allowed: 1048586 > 1048576 bytes.");
          assertThat(e.whatToDo()).contains("1 MiB").contains("fewer images");
        });
    assertThat(openwhisk.runCalls()).as("nothing ran").isEqualTo(before);
  }

  @Test
  void invoke_throttledTwice_backsOffAndSucceeds() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    openwhisk.throttleNext(2);
    int before = openwhisk.requests();
    Invocation inv = invoker().invoke(url, Duration.ofSeconds(30));
    assertThat(inv.result().digit()).isBetween(0, 9);
    assertThat(openwhisk.requests() - before).isEqualTo(3);
  }

  @Test
  void invoke_throttledPastDeadline_saysThrottled() throws Exception {
    openwhisk.throttleNext(1000);
    assertThatThrownBy(() -> invoker().invoke(Uploads.missing(fixture), Duration.ofMillis(1500)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.THROTTLED);
          assertThat(e.httpStatus()).isEqualTo(429);
          assertThat(e.getMessage()).contains("Too many requests");
        });
  }

  @Test
  void invoke_blockingWaitRunsOut_pollsTheActivationUntilDone() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    // A 12 s budget asks the controller for ?timeout=9000; the activation takes longer than that.
    openwhisk.runDelay(Duration.ofMillis(9_500));
    int before = openwhisk.requests();
    Invocation inv = invoker().invoke(url, Duration.ofSeconds(12));
    assertThat(openwhisk.requests() - before).as("the invoke and at least one poll").isGreaterThanOrEqualTo(2);
    assertThat(inv.result().digit()).isBetween(0, 9);
    assertThat(inv.activation().activationId()).isPresent();
    assertThat(openwhisk.activations()).anySatisfy(a ->
        assertThat(a.path("activationId").asString()).isEqualTo(inv.activation().activationId().orElseThrow()));
  }

  @Test
  void invoke_activationOutlivesDeadline_timesOutWithActivationId() throws Exception {
    openwhisk.runDelay(Duration.ofSeconds(3));
    assertThatThrownBy(() -> invoker().invoke(Uploads.missing(fixture), Duration.ofMillis(800)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
          assertThat(e.activation().activationId()).isPresent();
          assertThat(e.whatToDo()).contains("wsk activation get");
        });
  }

  @Test
  void invoke_objectMissing_isApplicationError502WithTheActionsMessage() throws Exception {
    assertThatThrownBy(() -> invoker().invoke(Uploads.missing(fixture), Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.code()).isEqualTo(404);
          assertThat(e.kind()).isEqualTo(FailureKind.IMAGE_NOT_FETCHED);
          assertThat(e.actionError()).containsIgnoringCase("no object");
          assertThat(e.activation().activationId()).isPresent();
        });
  }

  @Test
  void invoke_blankImage_isNoDigit() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.blankPng());
    assertThatThrownBy(() -> invoker().invoke(url, Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> {
          assertThat(e.code()).isEqualTo(422);
          assertThat(e.kind()).isEqualTo(FailureKind.NO_DIGIT);
        });
  }

  @Test
  void invoke_actionOverItsTimeLimit_isDeveloperError() throws Exception {
    // The shortest limit a controller accepts, and an action slower than that.
    openwhisk.deploy("tiny-limit", "digitwhisk/action:1.0", false, 100);
    openwhisk.runDelay(Duration.ofMillis(300));
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    assertThatThrownBy(() -> invoker(openwhisk.auth(), "_", "tiny-limit").invoke(url, Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_ERROR);
          assertThat(e.actionError()).isEqualTo("The action exceeded its time limits of 100 milliseconds.");
        });
  }

  @Test
  void invoke_nothingListening_saysUnreachable() throws Exception {
    OpenWhiskRestInvoker dead = new OpenWhiskRestInvoker(ActionInvokers.newHttpClient(), URI.create("http://127.0.0.1:9"),
        openwhisk.auth(), "_", "mnist");
    assertThatThrownBy(() -> dead.invoke(Uploads.missing(fixture), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(InvokeException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.ACTION_UNREACHABLE));
  }

  @Test
  void describe_showsHostAndActionButNoKey() {
    assertThat(invoker().describe()).contains(openwhisk.apiHost().toString()).contains("/_/mnist")
        .doesNotContain(openwhisk.auth());
  }

  /**
   * The action's own failures through a controller that keeps only {@code {"error": …}} of an application
   * error: each comes back 502 with its own code, message and advice. The raw answers are printed, as a
   * person would see them with curl.
   */
  @Test
  void blankUnsupportedAndExpired_eachKeepTheirCodeAndMessageThroughRest() throws Exception {
    StoredObject stored = fixture.store().put(TestImages.drawnSeven("png"), ImageFormat.PNG);
    URI expired = fixture.store().presign(stored, Duration.ofSeconds(1));
    long expiredAfter = System.nanoTime() + Duration.ofMillis(2_100).toNanos();
    URI blank = Uploads.presigned(fixture, TestImages.blankPng());
    URI text = Uploads.presigned(fixture, "just some text, not an image".getBytes(StandardCharsets.UTF_8));
    byte[] png = TestImages.drawnSeven("png");
    URI damaged = Uploads.presigned(fixture, Arrays.copyOf(png, png.length / 2));

    check("blank drawing", blank, ErrorKind.NO_DIGIT, FailureKind.NO_DIGIT);
    check("unsupported image", text, ErrorKind.NOT_AN_IMAGE, FailureKind.IMAGE_REJECTED);
    check("damaged PNG", damaged, ErrorKind.NOT_AN_IMAGE, FailureKind.IMAGE_REJECTED);
    Thread.sleep(Math.max(0, (expiredAfter - System.nanoTime()) / 1_000_000));
    check("expired URL", expired, ErrorKind.FORBIDDEN, FailureKind.IMAGE_NOT_FETCHED);
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

package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenWhiskRestInvokerTest {
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

  @AfterEach
  void reset() {
    openwhisk.throttleNext(0);
    openwhisk.retryAfterSeconds(null);
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
  void invoke_retryAfterHeader_isHonoured() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    openwhisk.throttleNext(1);
    openwhisk.retryAfterSeconds(0);
    assertThat(invoker().invoke(url, Duration.ofSeconds(30)).result().digit()).isBetween(0, 9);
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
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_ERROR);
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
}

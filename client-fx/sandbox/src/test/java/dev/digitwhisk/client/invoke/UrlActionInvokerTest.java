package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.upload.StoredObject;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.ImageFormat;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UrlActionInvokerTest {
  static SandboxFixture fixture;
  static OpenWhiskStandIn openwhisk;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
    // The images are on the host's loopback: the containers share its network (docker run --network host).
    openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork());
    openwhisk.deploy("private", "digitwhisk/action:1.0", false, 60_000);
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
    fixture.close();
  }

  private static UrlActionInvoker web(URI url) {
    return new UrlActionInvoker(ActionInvokers.newHttpClient(), url, false, Optional.empty());
  }

  @Test
  void webAction_success_returnsTheActionsAnswer() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    Invocation inv = web(openwhisk.webActionUrl("mnist")).invoke(url, Duration.ofSeconds(30));
    assertThat(inv.result().digit()).isBetween(0, 9);
    assertThat(inv.result().probabilities()).hasSize(10);
    assertThat(inv.activation().activationId()).isPresent();
  }

  @Test
  void webAction_number_returnsTheNumber() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnNumber("77"));

    Invocation inv = web(openwhisk.webActionUrl("mnist")).invoke(url, ReadMode.NUMBER, Duration.ofSeconds(30));

    assertThat(inv.result().number()).get().extracting(NumberAnswer::text).isEqualTo("77");
  }

  @Test
  void webAction_actionError_keepsTheActionsCodeAndMessage() throws Exception {
    // The action answers web invocations' failures as an HTTP response object, which .json passes through.
    URI url = Uploads.presigned(fixture, TestImages.blankPng());
    assertThatThrownBy(() -> web(openwhisk.webActionUrl("mnist")).invoke(url, Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.NO_DIGIT);
          assertThat(e.code()).isEqualTo(422);
          assertThat(e.actionError()).contains("No digit found");
        });
  }

  /** {@code .http} (or a gateway with {@code --response-type http}) answers the action's failure with its code as the status. */
  @Test
  void httpWebAction_failureWithItsCodeAsStatus_isTheActionsFailureNotAnAuthProblem() throws Exception {
    StoredObject stored = fixture.store().put(TestImages.drawnSeven("png"), ImageFormat.PNG);
    URI expired = fixture.store().presign(stored, Duration.ofSeconds(1));
    Thread.sleep(2_100);
    URI url = openwhisk.apiHost().resolve("/api/v1/web/guest/default/mnist.http");
    try {
      assertThatThrownBy(() -> web(url).invoke(expired, Duration.ofSeconds(10)))
          .isInstanceOfSatisfying(ActionFailedException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.code()).isEqualTo(403);
            assertThat(e.kind()).isEqualTo(FailureKind.IMAGE_NOT_FETCHED);
            assertThat(e.actionError()).contains("has expired");
            assertThat(e.whatToDo()).isEqualTo(ErrorKind.FORBIDDEN.advice());
          });
    } finally {
      fixture.store().delete(stored);
    }
  }

  /** {@code require-whisk-auth: true}: the controller answers 401 without the caller's key, and runs it with the key. */
  @Test
  void webActionRequiringAuth_is401WithAdvice_andRunsWithTheKey() throws Exception {
    openwhisk.deploy("guarded", "digitwhisk/action:1.0", true, 60_000);
    openwhisk.annotate("guarded", "require-whisk-auth", true);
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    assertThatThrownBy(() -> web(openwhisk.webActionUrl("guarded")).invoke(url, Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_AUTH);
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.whatToDo()).contains("requires authentication");
        });
    UrlActionInvoker withKey = new UrlActionInvoker(ActionInvokers.newHttpClient(), openwhisk.webActionUrl("guarded"), false,
        Optional.of(openwhisk.auth()));
    assertThat(withKey.invoke(url, Duration.ofSeconds(30)).result().digit()).isBetween(0, 9);
  }

  @Test
  void webAction_notWebExported_is404WithAdvice() throws Exception {
    assertThatThrownBy(() -> web(openwhisk.webActionUrl("private")).invoke(Uploads.missing(fixture), Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_NOT_FOUND);
          assertThat(e.whatToDo()).contains("--web true");
        });
  }

  @Test
  void apiGateway_seedsFinalForm_postsUrlAndGetsAnswer() throws Exception {
    URI route = openwhisk.createApi("/ml", "/mnist", "mnist");
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    UrlActionInvoker gateway = new UrlActionInvoker(ActionInvokers.newHttpClient(), route, true, Optional.empty());
    Invocation inv = gateway.invoke(url, Duration.ofSeconds(30));
    assertThat(inv.result().code()).isEqualTo(200);
    assertThat(inv.result().digit()).isBetween(0, 9);
    assertThat(gateway.describe()).startsWith("API gateway route http://127.0.0.1:");
  }

  @Test
  void apiGateway_throttledOnce_retries() throws Exception {
    URI route = openwhisk.createApi("/ml", "/mnist", "mnist");
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    openwhisk.throttleNext(1);
    UrlActionInvoker gateway = new UrlActionInvoker(ActionInvokers.newHttpClient(), route, true, Optional.empty());
    assertThat(gateway.invoke(url, Duration.ofSeconds(30)).result().digit()).isBetween(0, 9);
  }

  @Test
  void apiGateway_unknownRoute_is404WithAdvice() throws Exception {
    URI wrong = openwhisk.apiHost().resolve("/api/00000000-0000-0000-0000-000000000000/ml/mnist");
    UrlActionInvoker gateway = new UrlActionInvoker(ActionInvokers.newHttpClient(), wrong, true, Optional.empty());
    assertThatThrownBy(() -> gateway.invoke(Uploads.missing(fixture), Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_NOT_FOUND);
          assertThat(e.whatToDo()).contains("wsk api");
        });
  }
}

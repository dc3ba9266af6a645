package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Json;
import java.net.InetSocketAddress;
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
    openwhisk = OpenWhiskStandIn.start();
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
    byte[] body = Json.bytes(AnswerCodec.write(Answer.failure(ErrorKind.FORBIDDEN, "The presigned URL has expired.")));
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(403, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    http.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/api/v1/web/guest/default/mnist.http");
      assertThatThrownBy(() -> web(url).invoke(Uploads.missing(fixture), Duration.ofSeconds(10)))
          .isInstanceOfSatisfying(ActionFailedException.class, e -> {
            assertThat(e.code()).isEqualTo(403);
            assertThat(e.kind()).isEqualTo(FailureKind.ACTION_ERROR);
            assertThat(e.actionError()).isEqualTo("The presigned URL has expired.");
            assertThat(e.whatToDo()).isEqualTo(ErrorKind.FORBIDDEN.advice());
          });
    } finally {
      http.stop(0);
    }
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

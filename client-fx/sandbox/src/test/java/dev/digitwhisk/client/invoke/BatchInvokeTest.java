package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.SwaggerCheck;
import dev.digitwhisk.client.testing.CannedServer;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.StandInServers;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code invokeAll}: one activation classifies a list of presigned URLs through every way of
 * invoking, each image answered on its own; 429s are paced by a {@link ThrottlePacer}; an action
 * that answers no list says how to go on.
 */
class BatchInvokeTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.requestsAndAnswers();

  @RegisterExtension
  static final StandInServers SERVERS = StandInServers.standalone();

  private static ActionInvoker rest() {
    OpenWhiskStandIn openwhisk = SERVERS.openwhisk();
    return ActionInvokers.create(InvokeSettings.rest(openwhisk.apiHost(), openwhisk.auth(), "_", "mnist"));
  }

  /** A seven, a blank page and a link to nothing: one success and two failures of their own. */
  private static List<URI> mixedLinks() throws Exception {
    SandboxFixture fixture = SERVERS.fixture();
    return List.of(Uploads.presigned(fixture, TestImages.drawnSeven("png")), Uploads.presigned(fixture, TestImages.blankPng()),
        Uploads.missing(fixture));
  }

  private static void assertMixedAnswers(BatchInvocation batch) throws Exception {
    assertThat(batch.size()).isEqualTo(3);
    assertThat(batch.invocation(0).result().digit()).isBetween(0, 9);
    assertThat(batch.invocation(0).activation()).isEqualTo(batch.activation());
    assertThatThrownBy(() -> batch.invocation(1)).isInstanceOfSatisfying(ActionFailedException.class,
        e -> assertThat(e.errorKind()).contains(ErrorKind.NO_DIGIT));
    assertThatThrownBy(() -> batch.invocation(2)).isInstanceOfSatisfying(ActionFailedException.class, e -> {
      assertThat(e.errorKind()).contains(ErrorKind.NOT_FOUND);
      assertThat(e.code()).isEqualTo(404);
    });
  }

  @Test
  void rest_oneActivationAnswersEachLinkInOrder() throws Exception {
    int before = SERVERS.openwhisk().activations().size();
    BatchInvocation batch = rest().invokeAll(mixedLinks(), Duration.ofSeconds(30), ThrottlePacer.forBatch());
    assertMixedAnswers(batch);
    SERVERS.openwhisk().awaitStored(batch.activation().activationId().orElseThrow());
    assertThat(SERVERS.openwhisk().activations()).hasSize(before + 1);
  }

  @Test
  void webAction_andDirect_answerTheSameList() throws Exception {
    ActionInvoker web = ActionInvokers.create(InvokeSettings.url(InvokeMode.WEB, SERVERS.openwhisk().webActionUrl("mnist")));
    assertMixedAnswers(web.invokeAll(mixedLinks(), Duration.ofSeconds(30), ThrottlePacer.forBatch()));
    try (ActionInvoker direct = SERVERS.fixture().directInvoker()) {
      assertMixedAnswers(direct.invokeAll(mixedLinks(), Duration.ofSeconds(30), Pacing.bounded()));
    }
  }

  @Test
  void throttled_pausesLongerThanTheTimeout_stillSucceeds() throws Exception {
    SERVERS.openwhisk().throttleNext(3);
    int before = SERVERS.openwhisk().requests();
    // 0.8 + 1.6 + 3.2 s paused: more than the 4 s budget, which the pauses do not use up.
    ThrottlePacer pacer = new ThrottlePacer(Duration.ofMillis(800), Duration.ofSeconds(4), Duration.ofSeconds(30));
    BatchInvocation batch = rest().invokeAll(mixedLinks(), Duration.ofSeconds(4), pacer);
    assertMixedAnswers(batch);
    assertThat(pacer.throttles()).isEqualTo(3);
    assertThat(SERVERS.openwhisk().requests() - before).isEqualTo(4);
  }

  @Test
  void throttledPastThePacersPatience_saysThrottled() throws Exception {
    SERVERS.openwhisk().throttleNext(1_000_000);
    ThrottlePacer pacer = new ThrottlePacer(Duration.ofMillis(20), Duration.ofMillis(80), Duration.ofMillis(600));
    assertThatThrownBy(() -> rest().invokeAll(mixedLinks(), Duration.ofSeconds(10), pacer))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.THROTTLED);
          assertThat(e.httpStatus()).isEqualTo(429);
        });
    assertThat(pacer.throttles()).isGreaterThan(3);
  }

  @Test
  void anActionWithoutLists_saysToSendOneImagePerActivation() throws Exception {
    // An action older than lists reads {"urls":…} as a request without "url"; the original recipe answers a digit.
    byte[] older = Json.bytes(AnswerCodec.write(Answer.failure(ErrorKind.BAD_REQUEST, "No image given: send {\"url\": …}.")));
    byte[] recipe = "{\"code\":200,\"res\":6}".getBytes(StandardCharsets.UTF_8);
    for (byte[] answer : List.of(older, recipe)) {
      try (CannedServer action = CannedServer.answering(200, answer)) {
        ActionInvoker gateway = ActionInvokers.create(InvokeSettings.url(InvokeMode.API_GATEWAY, action.uri("/api/ml/mnist")));
        assertThatThrownBy(() -> gateway.invokeAll(mixedLinks(), Duration.ofSeconds(10), ThrottlePacer.forBatch()))
            .isInstanceOfSatisfying(InvokeException.class, e -> {
              assertThat(e).isNotInstanceOf(ActionFailedException.class);
              assertThat(e.kind()).isEqualTo(FailureKind.ACTION_ERROR);
              assertThat(e.getMessage()).contains("without a list of results");
              assertThat(e.whatToDo()).contains("--per-activation 1");
            });
      }
    }
  }
}

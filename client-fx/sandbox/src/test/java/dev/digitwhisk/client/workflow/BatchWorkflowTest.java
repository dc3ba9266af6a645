package dev.digitwhisk.client.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActionInvokers;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.testing.CannedServer;
import dev.digitwhisk.client.testing.FaultyProxy;
import dev.digitwhisk.client.testing.StandInServers;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batches in groups, one activation each, on real servers (S3Proxy, the action server, the
 * OpenWhisk stand-in in front of it): how images are grouped, a bad image failing alone, a group
 * failing as a whole, 429s paced, a cancel half way — and the bucket empty after each.
 */
class BatchWorkflowTest {
  @RegisterExtension
  static final StandInServers SERVERS = StandInServers.standalone();
  static final WorkflowOptions OPTIONS = WorkflowOptions.defaults().withDeleteRetries(4, Duration.ofMillis(150));

  @AfterEach
  void bucketIsEmpty() throws Exception {
    assertThat(SERVERS.fixture().objects()).as("objects left in the bucket").isEmpty();
  }

  private static ClassificationWorkflow rest(String action, WorkflowOptions options) {
    OpenWhiskStandIn openwhisk = SERVERS.openwhisk();
    return SERVERS.fixture().workflow(
        ActionInvokers.create(InvokeSettings.rest(openwhisk.apiHost(), openwhisk.auth(), "_", action)), options);
  }

  private static List<ImageSource> images(int n, IntFunction<ImageSource> image) {
    List<ImageSource> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sources.add(image.apply(i));
    }
    return sources;
  }

  private static ImageSource seven(int i) {
    return ImageSource.ofBytes("seven-" + i + ".png", TestImages.drawnSeven("png"));
  }

  /** A PNG cut in half: the magic bytes pass the client's check, the action cannot decode it. */
  private static ImageSource truncated(int i) {
    byte[] png = TestImages.drawnSeven("png");
    return ImageSource.ofBytes("cut-" + i + ".png", Arrays.copyOf(png, png.length / 2));
  }

  private static List<Classification> run(ClassificationWorkflow workflow, BatchRun run) throws Exception {
    try (workflow) {
      return run.await();
    } finally {
      workflow.store().close();
    }
  }

  @Test
  void groupsOfUpToSixteen_oneActivationEach_resultsInInputOrder() throws Exception {
    ClassificationWorkflow workflow = rest("mnist", OPTIONS);
    List<ImageSource> sources = images(40, BatchWorkflowTest::seven);
    BatchRun run = workflow.classifyAll(sources, 2, BatchListener.none());
    List<Classification> results = run(workflow, run);

    assertThat(run.groupSize()).isEqualTo(16); // min(16, ceil(40 / 2))
    assertThat(run.activations()).isEqualTo(3);
    assertThat(results).extracting(Classification::sourceName).isEqualTo(sources.stream().map(ImageSource::name).toList());
    assertThat(results).allMatch(Classification::ok).allMatch(Classification::deleted);
    assertThat(results.stream().map(c -> c.activation().activationId().orElseThrow()).distinct()).hasSize(3);
  }

  @Test
  void smallBatch_isSpreadOverTheWorkers() throws Exception {
    ClassificationWorkflow workflow = rest("mnist", OPTIONS);
    BatchRun run = workflow.classifyAll(images(5, BatchWorkflowTest::seven), 3, BatchListener.none());
    assertThat(run(workflow, run)).allMatch(Classification::ok);
    assertThat(run.groupSize()).isEqualTo(2);
    assertThat(run.activations()).isEqualTo(3);
  }

  @Test
  void perActivationOne_isOneActivationPerImage() throws Exception {
    ClassificationWorkflow workflow = rest("mnist", OPTIONS.withPerActivation(1));
    BatchRun run = workflow.classifyAll(images(6, BatchWorkflowTest::seven), 3, BatchListener.none());
    List<Classification> results = run(workflow, run);
    assertThat(results).allMatch(Classification::ok);
    assertThat(run.activations()).isEqualTo(6);
    assertThat(results.stream().map(c -> c.activation().activationId().orElseThrow()).distinct()).hasSize(6);
  }

  @Test
  void unreadableFiles_failAloneWithTheirOwnCode() throws Exception {
    ClassificationWorkflow workflow = rest("mnist", OPTIONS);
    List<ImageSource> sources = images(100, i -> i % 20 == 7 ? truncated(i) : seven(i)); // 5 %
    BatchRun run = workflow.classifyAll(sources, 4, BatchListener.none());
    List<Classification> results = run(workflow, run);

    assertThat(run.activations()).isEqualTo(7);
    for (int i = 0; i < results.size(); i++) {
      Classification c = results.get(i);
      assertThat(c.deleted()).isTrue();
      if (i % 20 == 7) {
        ClassificationFailure f = c.failure().orElseThrow();
        assertThat(f.kind()).as(c.sourceName()).isEqualTo(FailureKind.IMAGE_REJECTED);
        assertThat(f.code()).isEqualTo(ErrorKind.NOT_AN_IMAGE.code());
        assertThat(c.objectName()).isNotEmpty();
      } else {
        assertThat(c.ok()).as(c.sourceName() + " " + c.failure()).isTrue();
        assertThat(c.digit()).isEqualTo(results.get(0).digit());
      }
    }
  }

  @Test
  void aGroupWhoseActivationFails_reportsThatCauseForEachImage() throws Exception {
    SERVERS.openwhisk().deploy("slow", "digitwhisk/action:1.0", false, 100);
    SERVERS.openwhisk().runDelay(Duration.ofMillis(300));
    ClassificationWorkflow workflow = rest("slow", OPTIONS);
    BatchRun run = workflow.classifyAll(images(20, BatchWorkflowTest::seven), 2, BatchListener.none());
    List<Classification> results = run(workflow, run);

    assertThat(run.activations()).isEqualTo(2);
    results.forEach(WorkflowFaultTest::assertPastTimeLimit);
  }

  @Test
  void throttled_theBatchPausesAndEveryImageSucceeds() throws Exception {
    SERVERS.openwhisk().throttleNext(5);
    ClassificationWorkflow workflow = rest("mnist", OPTIONS);
    BatchRun run = workflow.classifyAll(images(32, BatchWorkflowTest::seven), 4, BatchListener.none());
    List<Classification> results = run(workflow, run);

    assertThat(results).allMatch(Classification::ok);
    assertThat(run.throttles()).isEqualTo(5);
    assertThat(run.activations()).isEqualTo(4);
  }

  @Test
  void anActionWithoutLists_failsEachImageWithAdviceAndDeletesThem() throws Exception {
    byte[] older = Json.bytes(AnswerCodec.write(Answer.failure(ErrorKind.BAD_REQUEST, "No image given.")));
    try (CannedServer action = CannedServer.answering(200, older)) {
      ActionInvoker gateway = ActionInvokers.create(InvokeSettings.url(InvokeMode.API_GATEWAY, action.uri("/api/ml/mnist")));
      ClassificationWorkflow workflow = SERVERS.fixture().workflow(gateway, OPTIONS);
      List<Classification> results = run(workflow, workflow.classifyAll(images(8, BatchWorkflowTest::seven), 2,
          BatchListener.none()));
      assertThat(results).allSatisfy(c -> {
        assertThat(c.failure().orElseThrow().whatToDo()).contains("--per-activation 1");
        assertThat(c.deleted()).isTrue();
      });
      assertThat(action.requests()).isEqualTo(2);
    }
  }

  @Test
  void cancelHalfWay_everyImageAnsweredAndNothingLeft() throws Exception {
    try (FaultyProxy slowAction = FaultyProxy.to(SERVERS.fixture().sandbox().actionUrl())) {
      slowAction.delay(Duration.ofMillis(300));
      ActionInvoker invoker = ActionInvokers.create(
          InvokeSettings.url(InvokeMode.DIRECT, slowAction.uri(SERVERS.fixture().sandbox().actionUrl())));
      ClassificationWorkflow workflow = SERVERS.fixture().workflow(invoker, OPTIONS.withPerActivation(4));
      CountDownLatch half = new CountDownLatch(32);
      BatchRun run = workflow.classifyAll(images(64, BatchWorkflowTest::seven), 2, (index, c, completed, total) -> half.countDown());
      assertThat(half.await(60, TimeUnit.SECONDS)).isTrue();
      run.cancel();
      List<Classification> results = run(workflow, run);

      assertThat(results).hasSize(64).allMatch(Classification::deleted);
      assertThat(results.stream().filter(Classification::ok).count()).isGreaterThanOrEqualTo(32);
      assertThat(results).anyMatch(c -> c.failure().map(f -> f.kind() == FailureKind.CANCELLED).orElse(false));
      assertThat(run.activations()).isLessThan(16);
    }
  }
}

package dev.digitwhisk.client.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActionInvokers;
import dev.digitwhisk.client.invoke.ActionReply;
import dev.digitwhisk.client.invoke.InvokeException;
import dev.digitwhisk.client.invoke.Pacing;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.testing.FaultyProxy;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.upload.ObjectStore;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Faults on real servers (S3Proxy, the action server, the OpenWhisk stand-in in
 * front of it, TCP proxies that slow down or cut) — every failure is reported and the bucket is
 * empty afterwards.
 */
class WorkflowFaultTest {
  static SandboxFixture fixture;
  static OpenWhiskStandIn openwhisk;
  static final WorkflowOptions FAST_RETRIES = WorkflowOptions.defaults().withDeleteRetries(4, Duration.ofMillis(150));

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
  void bucketIsEmpty() throws Exception {
    openwhisk.runDelay(Duration.ZERO);
    awaitEmptyBucket();
  }

  private static void awaitEmptyBucket() throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!fixture.objects().isEmpty() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(fixture.objects()).as("objects left in the bucket").isEmpty();
  }

  private static ActionInvoker rest() {
    return ActionInvokers.create(InvokeSettings.rest(openwhisk.apiHost(), openwhisk.auth(), "_", "mnist"));
  }

  @Test
  void actionDeveloperError502_isReportedAndUploadDeleted() throws Exception {
    openwhisk.deploy("broken", "digitwhisk/action:1.0", false, 100);
    openwhisk.runDelay(Duration.ofMillis(300));
    ActionInvoker invoker = ActionInvokers.create(InvokeSettings.rest(openwhisk.apiHost(), openwhisk.auth(), "_", "broken"));
    try (ClassificationWorkflow workflow = fixture.workflow(invoker, FAST_RETRIES)) {
      assertPastTimeLimit(workflow.classify(TestImages.seven()));
    }
  }

  /** The controller's developer error for an activation past the action's time limit, the upload deleted. */
  static void assertPastTimeLimit(Classification c) {
    ClassificationFailure f = c.failure().orElseThrow();
    assertThat(f.kind()).isEqualTo(FailureKind.ACTION_ERROR);
    assertThat(f.message()).contains("exceeded its time limits");
    assertThat(c.activation().activationId()).isPresent();
    assertThat(c.deleted()).isTrue();
  }

  @Test
  void actionDown_isUnreachableAndUploadDeleted() throws Exception {
    ActionInvoker invoker = ActionInvokers.create(InvokeSettings.url(InvokeMode.DIRECT, URI.create("http://127.0.0.1:9")));
    try (ClassificationWorkflow workflow = fixture.workflow(invoker, FAST_RETRIES)) {
      Classification c = workflow.classify(TestImages.seven());
      assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.ACTION_UNREACHABLE);
      assertThat(c.failure().orElseThrow().whatToDo()).isNotBlank();
      assertThat(c.deleted()).isTrue();
    }
  }

  @Test
  void actionTooSlow_timesOutAndUploadDeleted() throws Exception {
    try (FaultyProxy slowAction = FaultyProxy.to(fixture.sandbox().actionUrl())) {
      slowAction.delay(Duration.ofSeconds(3));
      ActionInvoker invoker = ActionInvokers.create(InvokeSettings.url(InvokeMode.DIRECT, slowAction.uri(fixture.sandbox().actionUrl())));
      try (ClassificationWorkflow workflow = fixture.workflow(invoker, FAST_RETRIES.withInvokeTimeout(Duration.ofMillis(500)))) {
        Classification c = workflow.classify(TestImages.seven());
        assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(c.timings().invoke()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(c.deleted()).isTrue();
      }
    }
  }

  @Test
  void restActivationStillRunningAtDeadline_timesOutAndUploadDeleted() throws Exception {
    // A budget long enough for the controller's 202 to arrive on a loaded machine, far shorter than the run.
    openwhisk.runDelay(Duration.ofSeconds(8));
    try (ClassificationWorkflow workflow = fixture.workflow(rest(), FAST_RETRIES.withInvokeTimeout(Duration.ofSeconds(3)))) {
      Classification c = workflow.classify(TestImages.seven());
      assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
      assertThat(c.activation().activationId()).isPresent();
      assertThat(c.deleted()).isTrue();
    }
  }

  /** Wraps the real invoker: the store goes down just before the action fetches, and comes back a moment later. */
  private static ActionInvoker storeDiesDuringInvoke(ActionInvoker real, FaultyProxy store, Duration downFor) {
    return new ActionInvoker() {
      @Override
      public ActionReply call(ObjectNode parameters, Duration timeout, Pacing pacing)
          throws InvokeException, InterruptedException {
        try {
          store.down();
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        if (downFor != null) {
          Thread.ofPlatform().daemon().start(() -> {
            try {
              Thread.sleep(downFor.toMillis());
              store.up();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
        }
        return real.call(parameters, timeout, pacing);
      }

      @Override
      public String describe() {
        return real.describe();
      }

      @Override
      public URI endpoint() {
        return real.endpoint();
      }
    };
  }

  private static ObjectStore storeThrough(FaultyProxy proxy) {
    StoreSettings real = fixture.sandbox().storeSettings();
    return ObjectStore.open(new StoreSettings(proxy.uri(real.endpoint()), real.accessKey(), real.secretKey(), real.bucket(), null), false);
  }

  @Test
  void storeFailsMidway_actionCannotFetch_deleteRetriedUntilStoreIsBack() throws Exception {
    try (FaultyProxy storeProxy = FaultyProxy.to(fixture.sandbox().store().endpoint());
        ObjectStore store = storeThrough(storeProxy);
        ActionInvoker real = fixture.directInvoker();
        ClassificationWorkflow workflow = new ClassificationWorkflow(store,
            storeDiesDuringInvoke(real, storeProxy, Duration.ofMillis(800)),
            WorkflowOptions.defaults().withDeleteRetries(6, Duration.ofMillis(150)))) {
      Classification c = workflow.classify(TestImages.seven());
      ClassificationFailure f = c.failure().orElseThrow();
      assertThat(f.kind()).isEqualTo(FailureKind.IMAGE_NOT_FETCHED);
      assertThat(f.code()).isEqualTo(502);
      assertThat(f.whatToDo()).contains("reachable from where the action runs");
      assertThat(c.deleted()).as("deleted after retries").isTrue();
      assertThat(c.timings().delete()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }
  }

  @Test
  void storeStaysDown_failedDeleteIsReportedNotSilent() throws Exception {
    String leftOver;
    try (FaultyProxy storeProxy = FaultyProxy.to(fixture.sandbox().store().endpoint());
        ObjectStore store = storeThrough(storeProxy);
        ActionInvoker real = fixture.directInvoker();
        ClassificationWorkflow workflow = new ClassificationWorkflow(store, storeDiesDuringInvoke(real, storeProxy, null),
            WorkflowOptions.defaults().withDeleteRetries(3, Duration.ofMillis(50)))) {
      Classification c = workflow.classify(TestImages.seven());
      assertThat(c.failure()).isPresent();
      assertThat(c.deleted()).isFalse();
      assertThat(c.deleteProblem().orElseThrow()).contains(c.objectName()).contains("3 attempts").contains("by hand");
      leftOver = c.objectName();
    }
    // Honest report: the object really is still there; clean up so the bucket ends empty.
    assertThat(fixture.objects()).containsExactly(leftOver);
    fixture.store().delete(new dev.digitwhisk.client.upload.StoredObject(fixture.sandbox().storeSettings().bucket(), leftOver, "image/png", 0));
  }

  @Test
  void storeStaysDown_aGroupsFailedDeleteIsReportedForEachImage() throws Exception {
    List<String> leftOver = new ArrayList<>();
    try (FaultyProxy storeProxy = FaultyProxy.to(fixture.sandbox().store().endpoint());
        ObjectStore store = storeThrough(storeProxy);
        ActionInvoker real = fixture.directInvoker();
        ClassificationWorkflow workflow = new ClassificationWorkflow(store, storeDiesDuringInvoke(real, storeProxy, null),
            WorkflowOptions.defaults().withDeleteRetries(2, Duration.ofMillis(50)))) {
      List<ImageSource> sources = List.of(TestImages.seven(), TestImages.seven(), TestImages.seven());
      List<Classification> results = workflow.classifyAll(sources, 1, BatchListener.none()).await();
      for (Classification c : results) {
        assertThat(c.failure()).isPresent();
        assertThat(c.deleted()).isFalse();
        assertThat(c.deleteProblem().orElseThrow()).contains(c.objectName()).contains("2 attempts").contains("by hand");
        leftOver.add(c.objectName());
      }
    }
    assertThat(fixture.objects()).containsExactlyInAnyOrderElementsOf(leftOver);
    String bucket = fixture.sandbox().storeSettings().bucket();
    assertThat(fixture.store().deleteAll(leftOver.stream()
        .map(name -> new dev.digitwhisk.client.upload.StoredObject(bucket, name, "image/png", 0)).toList())).isEmpty();
  }

  @Test
  void storeDownBeforeUpload_isStoreUnreachable_andNothingToDelete() throws Exception {
    try (FaultyProxy storeProxy = FaultyProxy.to(fixture.sandbox().store().endpoint());
        ObjectStore store = storeThrough(storeProxy);
        ActionInvoker real = fixture.directInvoker();
        ClassificationWorkflow workflow = new ClassificationWorkflow(store, real, FAST_RETRIES)) {
      storeProxy.down();
      Classification c = workflow.classify(TestImages.seven());
      assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.STORE_UNREACHABLE);
      assertThat(c.failure().orElseThrow().whatToDo()).contains("Start the store");
      assertThat(c.deleted()).isTrue();
      assertThat(c.timings().delete()).isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void cancelDuringInvoke_futureCancel_deletesTheUpload() throws Exception {
    try (FaultyProxy slowAction = FaultyProxy.to(fixture.sandbox().actionUrl())) {
      slowAction.delay(Duration.ofSeconds(3));
      ActionInvoker invoker = ActionInvokers.create(InvokeSettings.url(InvokeMode.DIRECT, slowAction.uri(fixture.sandbox().actionUrl())));
      try (ClassificationWorkflow workflow = fixture.workflow(invoker, FAST_RETRIES)) {
        Future<Classification> future = workflow.submit(TestImages.seven());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fixture.objects().isEmpty() && System.nanoTime() < until) {
          Thread.sleep(5); // wait until the upload is there: we are inside invoke now
        }
        assertThat(fixture.objects()).hasSize(1);
        assertThat(future.cancel(true)).isTrue();
        awaitEmptyBucket();
      }
    }
  }

  @Test
  void cancelDuringInvoke_interrupt_returnsCancelledAndKeepsInterruptFlag() throws Exception {
    try (FaultyProxy slowAction = FaultyProxy.to(fixture.sandbox().actionUrl())) {
      slowAction.delay(Duration.ofSeconds(3));
      ActionInvoker invoker = ActionInvokers.create(InvokeSettings.url(InvokeMode.DIRECT, slowAction.uri(fixture.sandbox().actionUrl())));
      try (ClassificationWorkflow workflow = fixture.workflow(invoker, FAST_RETRIES)) {
        AtomicReference<Classification> result = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> {
          result.set(workflow.classify(TestImages.seven()));
          flag.set(Thread.currentThread().isInterrupted());
        });
        while (fixture.objects().isEmpty()) {
          Thread.sleep(5);
        }
        worker.interrupt();
        worker.join(5_000);
        assertThat(result.get().failure().orElseThrow().kind()).isEqualTo(FailureKind.CANCELLED);
        assertThat(result.get().deleted()).isTrue();
        assertThat(flag.get()).isTrue();
      }
    }
  }

  @Test
  void batchWithFailuresMixedIn_reportsEachAndLeavesNothing() throws Exception {
    openwhisk.throttleNext(3);
    try (ClassificationWorkflow workflow = fixture.workflow(rest(), FAST_RETRIES)) {
      List<ImageSource> sources = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        sources.add(switch (i % 4) {
          case 0 -> ImageSource.ofBytes("blank-" + i + ".png", TestImages.blankPng());
          case 1 -> ImageSource.ofBytes("text-" + i + ".txt", "no image".getBytes());
          default -> ImageSource.ofBytes("seven-" + i + ".png", TestImages.drawnSeven("png"));
        });
      }
      List<Classification> results = workflow.classifyAll(sources, 4, BatchListener.none()).await();
      assertThat(results).hasSize(16);
      for (int i = 0; i < 16; i++) {
        Classification c = results.get(i);
        assertThat(c.sourceName()).isEqualTo(sources.get(i).name());
        switch (i % 4) {
          case 0 -> assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.NO_DIGIT);
          case 1 -> assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.NOT_AN_IMAGE);
          default -> assertThat(c.ok()).as(c.sourceName() + " " + c.failure()).isTrue();
        }
        assertThat(c.deleted()).isTrue();
      }
    }
  }

  @Test
  void batchCancelled_everyImageAnsweredAndNothingLeft() throws Exception {
    try (FaultyProxy slowAction = FaultyProxy.to(fixture.sandbox().actionUrl())) {
      slowAction.delay(Duration.ofMillis(300));
      ActionInvoker invoker = ActionInvokers.create(InvokeSettings.url(InvokeMode.DIRECT, slowAction.uri(fixture.sandbox().actionUrl())));
      // Groups of 4: ten activations of 300 ms and more, two at a time; the cancel comes after the first group.
      try (ClassificationWorkflow workflow = fixture.workflow(invoker, FAST_RETRIES.withPerActivation(4))) {
        List<ImageSource> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          sources.add(ImageSource.ofBytes("seven-" + i + ".png", TestImages.drawnSeven("png")));
        }
        CountDownLatch first = new CountDownLatch(1);
        BatchRun run = workflow.classifyAll(sources, 2, (index, c, completed, total) -> first.countDown());
        assertThat(first.await(20, TimeUnit.SECONDS)).isTrue();
        run.cancel();
        List<Classification> results = run.await();
        assertThat(results).hasSize(40).allMatch(Classification::deleted);
        assertThat(results).anyMatch(Classification::ok);
        assertThat(results).anyMatch(c -> c.failure().map(f -> f.kind() == FailureKind.CANCELLED).orElse(false));
      }
    }
  }
}

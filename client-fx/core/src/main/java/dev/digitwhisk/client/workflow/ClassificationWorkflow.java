package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActivationInfo;
import dev.digitwhisk.client.invoke.Pacing;
import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.protocol.ReadMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Classifies images: one ({@link #classify}, {@link #submit}) or a batch ({@link #classifyAll}).
 * Each image is checked, uploaded under a random name, presigned as a short GET, classified by the
 * action and deleted again in {@code finally} — after success, failure, timeout and cancellation
 * alike; a batch sends groups of images to one activation each ({@link GroupRun}). A failed delete
 * is retried and, if it still fails, reported in the {@link Classification}, never dropped.
 * Nothing here throws for a bad image or a broken server: every problem becomes a
 * {@link ClassificationFailure}. An interrupt cancels (the interrupt flag is kept set for the caller).
 */
public final class ClassificationWorkflow implements AutoCloseable {
  private final ObjectStore store;
  private final ActionInvoker invoker;
  private final WorkflowOptions options;
  private final GroupRun groups;
  private final ExecutorService async;

  public ClassificationWorkflow(ObjectStore store, ActionInvoker invoker, WorkflowOptions options) {
    this.store = Objects.requireNonNull(store, "store");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.options = Objects.requireNonNull(options, "options");
    this.groups = new GroupRun(store, invoker, options, new BucketGate(store));
    AtomicInteger n = new AtomicInteger();
    this.async = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "digitwhisk-classify-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  public WorkflowOptions options() {
    return options;
  }

  public ObjectStore store() {
    return store;
  }

  public ActionInvoker invoker() {
    return invoker;
  }

  /** Classifies on a background thread; {@code cancel(true)} on the future cancels it (the upload is still deleted). */
  public Future<Classification> submit(ImageSource source) {
    return async.submit(() -> classify(source));
  }

  /**
   * Classifies up to {@code concurrency} groups at a time, each group of at most the options'
   * {@link WorkflowOptions#perActivation() images per activation}; the listener hears each image's
   * result as it comes.
   */
  public BatchRun classifyAll(List<ImageSource> sources, int concurrency, BatchListener listener) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
    }
    // The action reads a whole number from one picture per activation, never from a urls list.
    boolean numbers = sources.stream().anyMatch(source -> source.read() == ReadMode.NUMBER);
    return new BatchRun(sources, concurrency, numbers ? 1 : options.perActivation(), groups, listener);
  }

  /** Blocking; interrupting the calling thread cancels. */
  public Classification classify(ImageSource source) {
    Objects.requireNonNull(source, "source");
    return groups.classify(List.of(source), Pacing.bounded()).classifications().get(0);
  }

  static ClassificationFailure internal(RuntimeException e) {
    return new ClassificationFailure(FailureKind.INTERNAL, "Something went wrong inside DigitWhisk: "
        + Redaction.url(String.valueOf(e.getMessage())), "Try again; if it keeps happening, report it with the log.", 0);
  }

  static Classification internalFailure(ImageSource source, RuntimeException e) {
    return failed(source, internal(e));
  }

  static Classification cancelledBeforeStart(ImageSource source) {
    return failed(source, ClassificationFailure.cancelled());
  }

  private static Classification failed(ImageSource source, ClassificationFailure failure) {
    return new Classification(source.name(), Optional.empty(), Optional.of(failure),
        new StageTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO), ActivationInfo.unknown(), "", true,
        Optional.empty());
  }

  @Override
  public void close() {
    async.shutdownNow();
  }
}

package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActivationInfo;
import dev.digitwhisk.client.invoke.Invocation;
import dev.digitwhisk.client.invoke.InvokeException;
import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.upload.StoreException;
import dev.digitwhisk.client.upload.StoredObject;
import dev.digitwhisk.protocol.ImageFormat;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One image, start to end: check it is an image, upload it under a random name, presign a short
 * GET, invoke the action with the URL, and delete the upload in {@code finally} — after success,
 * failure, timeout and cancellation alike. A failed delete is retried and, if it still fails,
 * reported in the {@link Classification}, never dropped. {@link #classify} does not throw: every
 * problem becomes a {@link ClassificationFailure}. An interrupt cancels (the interrupt flag is
 * kept set for the caller).
 */
public final class ClassificationWorkflow implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClassificationWorkflow.class);

  private final ObjectStore store;
  private final ActionInvoker invoker;
  private final WorkflowOptions options;
  private final BucketGate bucket;
  private final ExecutorService async;

  public ClassificationWorkflow(ObjectStore store, ActionInvoker invoker, WorkflowOptions options) {
    this.store = Objects.requireNonNull(store, "store");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.options = Objects.requireNonNull(options, "options");
    this.bucket = new BucketGate(store);
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

  /** Classifies up to {@code concurrency} images at a time; the listener hears each result as it comes. */
  public BatchRun classifyAll(List<ImageSource> sources, int concurrency, BatchListener listener) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
    }
    return new BatchRun(sources, concurrency, this::classify, listener);
  }

  /** A classification that ended before anything was uploaded. */
  private static Classification refused(ImageSource source, long start, ClassificationFailure failure) {
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    return new Classification(source.name(), Optional.empty(), Optional.of(failure),
        new StageTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO, total), ActivationInfo.unknown(), "", true, Optional.empty());
  }

  /** Blocking; interrupting the calling thread cancels. */
  public Classification classify(ImageSource source) {
    Objects.requireNonNull(source, "source");
    long start = System.nanoTime();
    Optional<ImageFormat> format = ImageFormat.sniff(source.rawBytes());
    if (format.isEmpty()) {
      return refused(source, start, new ClassificationFailure(FailureKind.NOT_AN_IMAGE,
          "'" + source.name() + "' is not a PNG, JPEG, GIF or BMP image" + (source.size() == 0 ? " (it is empty)." : "."),
          "Choose an image file, or draw a digit.", 0));
    }
    if (source.size() > Limits.MAX_IMAGE_BYTES) {
      // The action would refuse it after the upload: say so before anything is sent.
      return refused(source, start, new ClassificationFailure(FailureKind.IMAGE_REJECTED,
          "'%s' is %.1f MiB; the action reads images up to %d MiB."
              .formatted(source.name(), source.size() / (double) (1 << 20), Limits.MAX_IMAGE_BYTES >> 20),
          "Use a smaller image (at most " + Limits.imageLimits() + ").", 0));
    }
    StoredObject object = store.newObject(format.get(), source.size());
    boolean putStarted = false;
    boolean putDone = false;
    boolean uncertain = false;
    Duration upload = Duration.ZERO;
    Duration invoke = Duration.ZERO;
    ActivationInfo activation = ActivationInfo.unknown();
    Optional<Invocation> invocation = Optional.empty();
    ClassificationFailure failure = null;
    long stage = System.nanoTime();
    try {
      bucket.ensure();
      putStarted = true;
      store.put(object, source.rawBytes());
      putDone = true;
      URI url = store.presign(object, options.presignExpiry());
      upload = Duration.ofNanos(System.nanoTime() - stage);
      stage = System.nanoTime();
      invocation = Optional.of(invoker.invoke(url, source.read(), options.invokeTimeout()));
      activation = invocation.get().activation();
      if (source.read() == ReadMode.NUMBER && invocation.get().result().number().isEmpty()) {
        failure = NOT_A_NUMBER;
        invocation = Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      uncertain = putStarted && !putDone; // an abandoned upload may still land
      failure = ClassificationFailure.cancelled();
    } catch (InvokeException e) {
      activation = e.activation();
      failure = ClassificationFailure.of(e);
    } catch (StoreException e) {
      // A connection that broke mid-upload may have delivered the whole object; a refused one did nothing.
      uncertain = putStarted && !putDone && e.kind() == FailureKind.STORE_UNREACHABLE && !e.neverSent();
      failure = ClassificationFailure.of(e);
    } catch (ClientException e) {
      failure = ClassificationFailure.of(e);
    } catch (RuntimeException e) {
      LOG.warn("Classifying {} failed unexpectedly", source.name(), e);
      failure = internal(e);
    } finally {
      if (upload.isZero()) {
        upload = Duration.ofNanos(System.nanoTime() - stage);
      } else {
        invoke = Duration.ofNanos(System.nanoTime() - stage);
      }
    }
    boolean mayExist = putDone || uncertain;
    long deleteStart = System.nanoTime();
    Optional<String> deleteProblem = mayExist ? new Deleter(store, options).delete(object) : Optional.empty();
    Duration delete = mayExist ? Duration.ofNanos(System.nanoTime() - deleteStart) : Duration.ZERO;
    StageTimings timings = new StageTimings(upload, invoke, delete, Duration.ofNanos(System.nanoTime() - start));
    if (failure != null) {
      LOG.info("{}: {} ({})", source.name(), failure.message(), failure.kind());
    } else {
      LOG.debug("{}: digit {} in {} ms", source.name(), invocation.get().result().digit(), StageTimings.millis(timings.total()));
    }
    return new Classification(source.name(), invocation.map(Invocation::result), Optional.ofNullable(failure), timings,
        activation, mayExist ? object.name() : "", deleteProblem.isEmpty(), deleteProblem);
  }

  /** A number was asked for and the action answered one digit: it predates number reading. */
  static final ClassificationFailure NOT_A_NUMBER = new ClassificationFailure(FailureKind.ACTION_ERROR,
      "The action answered one digit where a whole number was asked for: it is older than number reading.",
      "Deploy the current DigitWhisk action image (digitwhisk deploy --image …), or read digits one picture at a time.", 0);

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

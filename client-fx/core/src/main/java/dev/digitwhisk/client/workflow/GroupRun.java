package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActivationInfo;
import dev.digitwhisk.client.invoke.BatchInvocation;
import dev.digitwhisk.client.invoke.Invocation;
import dev.digitwhisk.client.invoke.InvokeException;
import dev.digitwhisk.client.invoke.Pacing;
import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.upload.StoreException;
import dev.digitwhisk.client.upload.StoredObject;
import dev.digitwhisk.protocol.ImageFormat;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One activation's worth of images, start to end: check each is an image, start all uploads
 * (under random names) together, presign each, invoke the action once — {@code url} for one image,
 * a {@code urls} list for more — and delete every upload of the group in {@code finally}, with one
 * multi-object delete, after success, failure, timeout and cancellation alike. An image the action
 * could not read fails alone with its own code; an activation that failed as a whole fails each of
 * its images with that cause. Never throws: every problem becomes a {@link ClassificationFailure}.
 * An interrupt cancels what has not finished (the interrupt flag is kept set for the caller).
 */
final class GroupRun {
  private static final Logger LOG = LoggerFactory.getLogger(GroupRun.class);

  /** A number was asked for and the action answered one digit: it predates number reading. */
  private static final ClassificationFailure NOT_A_NUMBER = new ClassificationFailure(FailureKind.ACTION_ERROR,
      "The action answered one digit where a whole number was asked for: it is older than number reading.",
      "Deploy the current DigitWhisk action image (digitwhisk deploy --image …), or read digits one picture at a time.", 0);

  private final ObjectStore store;
  private final ActionInvoker invoker;
  private final WorkflowOptions options;
  private final BucketGate bucket;

  GroupRun(ObjectStore store, ActionInvoker invoker, WorkflowOptions options, BucketGate bucket) {
    this.store = store;
    this.invoker = invoker;
    this.options = options;
    this.bucket = bucket;
  }

  /** The group's classifications, in order, and whether an activation was asked for. */
  record Outcome(List<Classification> classifications, boolean invoked) {}

  /** One image of the group on its way. */
  private static final class Slot {
    final ImageSource source;
    StoredObject object;
    CompletableFuture<?> upload;
    boolean putDone;
    boolean uncertain;
    URI url;
    Invocation invocation;
    ClassificationFailure failure;
    ActivationInfo activation = ActivationInfo.unknown();

    Slot(ImageSource source) {
      this.source = source;
    }

    boolean open() {
      return failure == null && invocation == null;
    }

    boolean mayExist() {
      return putDone || uncertain;
    }

    void fail(ClientException e) {
      failure = ClassificationFailure.of(e);
      if (e instanceof InvokeException i) {
        activation = i.activation();
      }
    }
  }

  Outcome classify(List<ImageSource> sources, Pacing pacing) {
    long start = System.nanoTime();
    List<Slot> slots = new ArrayList<>();
    for (ImageSource source : sources) {
      Slot slot = new Slot(source);
      slot.failure = refusal(source).orElse(null);
      slots.add(slot);
    }
    List<Slot> live = slots.stream().filter(Slot::open).toList();
    Duration upload = Duration.ZERO;
    Duration invoke = Duration.ZERO;
    boolean invoked = false;
    long stage = start;
    try {
      if (!live.isEmpty()) {
        bucket.ensure();
        uploadAll(live);
        upload = Duration.ofNanos(System.nanoTime() - stage);
        stage = System.nanoTime();
        List<Slot> sent = live.stream().filter(s -> s.url != null).toList();
        invoked = !sent.isEmpty();
        invoke(sent, pacing);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      for (Slot s : live) {
        if (s.open()) {
          s.uncertain |= s.upload != null && !s.putDone; // an abandoned upload may still land
          s.failure = ClassificationFailure.cancelled();
        }
      }
    } catch (ClientException e) {
      live.stream().filter(Slot::open).forEach(s -> s.fail(e));
    } catch (RuntimeException e) {
      LOG.warn("Classifying {} images failed unexpectedly", live.size(), e);
      live.stream().filter(Slot::open).forEach(s -> s.failure = ClassificationWorkflow.internal(e));
    } finally {
      if (upload.isZero()) {
        upload = Duration.ofNanos(System.nanoTime() - stage);
      } else {
        invoke = Duration.ofNanos(System.nanoTime() - stage);
      }
    }
    List<StoredObject> uploaded = slots.stream().filter(Slot::mayExist).map(s -> s.object).toList();
    long deleteStart = System.nanoTime();
    Map<StoredObject, String> problems = uploaded.isEmpty() ? Map.of() : new Deleter(store, options).delete(uploaded);
    Duration delete = uploaded.isEmpty() ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - deleteStart);
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    List<Classification> out = new ArrayList<>(slots.size());
    for (Slot s : slots) {
      out.add(classification(s, upload, invoke, delete, total, problems));
    }
    return new Outcome(out, invoked);
  }

  /** Why an image is refused before anything is sent, if it is. */
  private static Optional<ClassificationFailure> refusal(ImageSource source) {
    if (ImageFormat.sniff(source.rawBytes()).isEmpty()) {
      return Optional.of(new ClassificationFailure(FailureKind.NOT_AN_IMAGE,
          "'" + source.name() + "' is not a PNG, JPEG, GIF or BMP image" + (source.size() == 0 ? " (it is empty)." : "."),
          "Choose an image file, or draw a digit.", 0));
    }
    if (source.size() > Limits.MAX_IMAGE_BYTES) {
      // The action would refuse it after the upload: say so before anything is sent.
      return Optional.of(new ClassificationFailure(FailureKind.IMAGE_REJECTED,
          "'%s' is %.1f MiB; the action reads images up to %d MiB."
              .formatted(source.name(), source.size() / (double) (1 << 20), Limits.MAX_IMAGE_BYTES >> 20),
          "Use a smaller image (at most " + Limits.imageLimits() + ").", 0));
    }
    return Optional.empty();
  }

  /** Starts every upload, then waits for each and presigns it; a failed upload fails only its image. */
  private void uploadAll(List<Slot> live) throws InterruptedException {
    for (Slot s : live) {
      s.object = store.newObject(ImageFormat.sniff(s.source.rawBytes()).orElseThrow(), s.source.size());
      try {
        s.upload = store.startPut(s.object, s.source.rawBytes());
      } catch (StoreException e) {
        s.fail(e);
      }
    }
    for (Slot s : live) {
      if (s.upload == null) {
        continue;
      }
      try {
        store.awaitUpload(s.upload, s.object);
        s.putDone = true;
        s.url = store.presign(s.object, options.presignExpiry());
      } catch (StoreException e) {
        // A connection that broke mid-upload may have delivered the whole object; a refused one did nothing.
        s.uncertain = !s.putDone && e.kind() == FailureKind.STORE_UNREACHABLE && !e.neverSent();
        s.fail(e);
      }
    }
  }

  private void invoke(List<Slot> sent, Pacing pacing) throws InterruptedException {
    try {
      if (sent.size() == 1) {
        Slot s = sent.get(0);
        Invocation invocation = invoker.invoke(s.url, s.source.read(), options.invokeTimeout(), pacing);
        s.activation = invocation.activation();
        if (s.source.read() == ReadMode.NUMBER && invocation.result().number().isEmpty()) {
          s.failure = NOT_A_NUMBER;
        } else {
          s.invocation = invocation;
        }
        return;
      }
      BatchInvocation batch = invoker.invokeAll(sent.stream().map(s -> s.url).toList(), options.invokeTimeout(), pacing);
      for (int i = 0; i < sent.size(); i++) {
        Slot s = sent.get(i);
        s.activation = batch.activation();
        try {
          s.invocation = batch.invocation(i);
        } catch (InvokeException e) {
          s.fail(e);
        }
      }
    } catch (InvokeException e) {
      sent.forEach(s -> s.fail(e));
    }
  }

  private static Classification classification(Slot s, Duration upload, Duration invoke, Duration delete, Duration total,
      Map<StoredObject, String> problems) {
    if (s.object == null) { // refused before anything was sent
      return new Classification(s.source.name(), Optional.empty(), Optional.of(s.failure),
          new StageTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO, total), ActivationInfo.unknown(), "", true,
          Optional.empty());
    }
    if (s.failure != null) {
      LOG.info("{}: {} ({})", s.source.name(), s.failure.message(), s.failure.kind());
    } else {
      LOG.debug("{}: digit {} in {} ms", s.source.name(), s.invocation.result().digit(), StageTimings.millis(total));
    }
    Optional<String> problem = Optional.ofNullable(problems.get(s.object));
    return new Classification(s.source.name(), Optional.ofNullable(s.invocation).map(Invocation::result),
        Optional.ofNullable(s.failure), new StageTimings(upload, invoke, s.mayExist() ? delete : Duration.ZERO, total),
        s.activation, s.mayExist() ? s.object.name() : "", problem.isEmpty(), problem);
  }
}

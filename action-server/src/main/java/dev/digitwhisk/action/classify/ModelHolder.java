package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.action.startup.StartupTrace;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.protocol.ErrorKind;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The classifier, possibly still loading. The server starts listening while ONNX Runtime and the
 * model load on another thread (they take most of the start-up); the first {@code /run} waits for
 * the load instead of the process waiting before it accepts connections.
 */
public final class ModelHolder implements AutoCloseable {
  private final CompletableFuture<DigitClassifier> classifier;
  private final boolean owned;

  private ModelHolder(CompletableFuture<DigitClassifier> classifier, boolean owned) {
    this.classifier = classifier;
    this.owned = owned;
  }

  /** A classifier the caller made and keeps owning (it is not closed with the server). */
  public static ModelHolder of(DigitClassifier classifier) {
    return new ModelHolder(CompletableFuture.completedFuture(classifier), false);
  }

  /** Starts loading the model now, on its own thread: {@code file}, or the shipped model when null. */
  public static ModelHolder loadInBackground(Path file) {
    CompletableFuture<DigitClassifier> future = new CompletableFuture<>();
    Thread loader = new Thread(() -> {
      try {
        DigitClassifier loaded = file == null ? DigitClassifier.loadDefault() : DigitClassifier.load(file);
        StartupTrace.mark("model loaded");
        future.complete(loaded);
      } catch (ModelException | RuntimeException | LinkageError e) {
        future.completeExceptionally(e);
      }
    }, "model-loader");
    loader.setDaemon(true);
    loader.start();
    return new ModelHolder(future, true);
  }

  /** The classifier, waiting for it to finish loading. */
  public DigitClassifier get() throws ActionException, InterruptedException {
    try {
      return classifier.get();
    } catch (java.util.concurrent.ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ActionException(ErrorKind.INTERNAL, "The model could not be loaded: " + cause.getMessage(), cause);
    }
  }

  /** The loaded classifier, if it has finished loading successfully. */
  public java.util.Optional<DigitClassifier> ifReady() {
    return classifier.isDone() && !classifier.isCompletedExceptionally()
        ? java.util.Optional.of(classifier.join()) : java.util.Optional.empty();
  }

  /** Blocks until the model is loaded (or failed to load); for start-up code that wants it ready. */
  public boolean awaitReady() throws InterruptedException {
    try {
      classifier.get();
      return true;
    } catch (java.util.concurrent.ExecutionException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (owned) {
      classifier.thenAccept(DigitClassifier::close);
    }
  }
}

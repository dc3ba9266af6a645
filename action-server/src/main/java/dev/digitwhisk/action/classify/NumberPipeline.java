package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.action.fetch.ImageFetcher;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.number.NumberReader;
import dev.digitwhisk.model.number.NumberReading;
import dev.digitwhisk.protocol.ErrorKind;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * fetch → decode → read a whole number, for an activation with {@code "read":"number"}. The read
 * cannot be stopped half way, so it runs on its own thread and the activation stops waiting for it
 * at the deadline (504); the thread keeps its permit until the read ends, so memory stays bounded by
 * the permits however many activations give up. Its work is bounded anyway: the picture's size by
 * the decoder, its shape by {@link NumberShape}, the marks and digits by the reader.
 */
final class NumberPipeline {
  private final ImageFetcher fetcher;
  private final ModelHolder model;
  private final Semaphore permits;

  NumberPipeline(ImageFetcher fetcher, ModelHolder model, Semaphore permits) {
    this.fetcher = fetcher;
    this.model = model;
    this.permits = permits;
  }

  Outcome read(ImageRef ref, long started, long deadline) throws InterruptedException {
    if (deadline - System.nanoTime() <= 0) {
      return timedOut(ref, started);
    }
    FutureTask<Outcome> task = new FutureTask<>(() -> readNow(ref, started, deadline));
    Thread.ofVirtual().name("number-reader").start(task);
    try {
      return task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      return timedOut(ref, started);
    } catch (ExecutionException e) {
      return Outcome.failure(ref.describe(), ModelErrors.internal(e.getCause()), Timings.NONE);
    } catch (InterruptedException e) {
      task.cancel(true);
      throw e;
    }
  }

  private static Outcome timedOut(ImageRef ref, long started) {
    return Outcome.failure(ref.describe(), new ActionException(ErrorKind.TIMEOUT,
        "The activation's deadline came before the number in " + ref.describe() + " was read; try a picture cropped "
            + "to the number, or a longer action time-out."), Timings.NONE.withInfer(0, Timings.millisSince(started)));
  }

  private Outcome readNow(ImageRef ref, long started, long deadline) throws InterruptedException {
    String source = ref.describe();
    permits.acquire();
    Stopwatch clock = new Stopwatch();
    try {
      BufferedImage image = ImageIntake.decode(ref, fetcher, deadline, clock);
      NumberShape.check(image);
      DigitClassifier classifier = model.get();
      long reading = System.nanoTime();
      NumberReading number = new NumberReader(classifier).read(image);
      // Segmenting, laying out and the batched model run are one step of the reader: all of it is "infer".
      Timings timings = clock.timings().withInfer(Timings.millisSince(reading), Timings.millisSince(started));
      return Outcome.number(source, number, classifier.card(), timings);
    } catch (ActionException | ModelException | RuntimeException e) {
      return Outcome.failure(source, ModelErrors.of(e), clock.lap().timings());
    } finally {
      permits.release();
    }
  }
}

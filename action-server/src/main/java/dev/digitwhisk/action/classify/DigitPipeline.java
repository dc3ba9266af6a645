package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.action.fetch.ImageFetcher;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;
import dev.digitwhisk.model.Preprocessor;
import dev.digitwhisk.protocol.ReadMode;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * fetch → decode → preprocess → infer for the images of one activation ({@link NumberPipeline} when it
 * asks for a number). Fetching and decoding hold
 * one of a few permits, which bounds the memory that concurrent activations can pin (each may hold
 * up to the fetch cap in bytes plus a decoded picture); inference runs batched and outside them.
 */
public final class DigitPipeline {
  private final ImageFetcher fetcher;
  private final ModelHolder model;
  private final Preprocessor preprocessor = Preprocessor.mnist();
  private final Semaphore permits;
  private final NumberPipeline numbers;

  public DigitPipeline(ImageFetcher fetcher, ModelHolder model, int concurrentImages) {
    this.fetcher = fetcher;
    this.model = model;
    this.permits = new Semaphore(concurrentImages, true);
    this.numbers = new NumberPipeline(fetcher, model, permits);
  }

  /**
   * Classifies every image of the request, or reads the number in its one picture, giving up once
   * {@code budget} is spent.
   */
  public List<Outcome> classify(ClassifyRequest request, Duration budget) throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + Math.max(0, budget.toNanos());
    if (request.mode() == ReadMode.NUMBER) {
      return List.of(numbers.read(request.images().getFirst(), started, deadline));
    }
    List<Prepared> prepared = request.images().size() == 1
        ? List.of(prepare(request.images().getFirst(), deadline))
        : prepareAll(request.images(), deadline);
    return infer(prepared, started);
  }

  private List<Prepared> prepareAll(List<ImageRef> refs, long deadline) throws InterruptedException {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Prepared>> futures = new ArrayList<>(refs.size());
      for (ImageRef ref : refs) {
        futures.add(pool.submit(() -> prepare(ref, deadline)));
      }
      List<Prepared> out = new ArrayList<>(refs.size());
      for (int i = 0; i < refs.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          out.add(Prepared.failed(refs.get(i).describe(), ModelErrors.internal(e.getCause()), Timings.NONE));
        }
      }
      return out;
    }
  }

  private Prepared prepare(ImageRef ref, long deadline) throws InterruptedException {
    String source = ref.describe();
    permits.acquire();
    Stopwatch clock = new Stopwatch();
    try {
      BufferedImage image = ImageIntake.decode(ref, fetcher, deadline, clock);
      ModelInput input = preprocessor.prepare(image);
      clock.lap();
      return new Prepared(source, input, null, clock.timings());
    } catch (ActionException | ModelException | RuntimeException e) {
      return Prepared.failed(source, ModelErrors.of(e), clock.lap().timings());
    } finally {
      permits.release();
    }
  }

  private List<Outcome> infer(List<Prepared> prepared, long started) throws InterruptedException {
    List<ModelInput> inputs = new ArrayList<>();
    for (Prepared p : prepared) {
      if (p.input() != null) {
        inputs.add(p.input());
      }
    }
    List<Prediction> predictions = List.of();
    ActionException failure = null;
    double inferMs = 0;
    DigitClassifier classifier = null;
    if (!inputs.isEmpty()) {
      long t = System.nanoTime();
      try {
        classifier = model.get();
        predictions = classifier.classifyAll(inputs);
      } catch (ActionException e) {
        failure = e;
      } catch (ModelException | RuntimeException e) {
        failure = ModelErrors.internal(e);
      }
      inferMs = Timings.millisSince(t);
    }
    double totalMs = Timings.millisSince(started);
    List<Outcome> outcomes = new ArrayList<>(prepared.size());
    int next = 0;
    for (Prepared p : prepared) {
      Timings timings = p.timings().withInfer(p.input() == null ? 0 : inferMs, totalMs);
      if (p.input() == null) {
        outcomes.add(Outcome.failure(p.source(), p.failure(), timings));
      } else if (failure != null) {
        outcomes.add(Outcome.failure(p.source(), failure, timings));
      } else {
        outcomes.add(Outcome.success(p.source(), predictions.get(next++), p.input(), classifier.card(), timings));
      }
    }
    return outcomes;
  }

  /** An image made ready for the model, or why it could not be. */
  private record Prepared(String source, ModelInput input, ActionException failure, Timings timings) {
    static Prepared failed(String source, ActionException failure, Timings timings) {
      return new Prepared(source, null, failure, timings);
    }
  }
}

package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.invoke.ThrottlePacer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch in progress, cut into groups of at most {@code perActivation} images, each group one
 * activation: {@code concurrency} worker threads take the next group until none is left. A group
 * holds {@code min(perActivation, ceil(images / concurrency))} images, so that a small batch still
 * keeps every worker busy. {@link #cancel()} interrupts the running groups (their images are still
 * deleted) and marks the rest cancelled; every image gets exactly one {@link Classification}, in
 * input order.
 */
public final class BatchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  private final List<ImageSource> sources;
  private final GroupRun classify;
  private final ThrottlePacer pacer = ThrottlePacer.forBatch();
  private final int groupSize;
  private final int groups;
  private final BatchListener listener;
  private final Classification[] results;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger activations = new AtomicInteger();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<List<Classification>> completion = new CompletableFuture<>();
  private final List<Thread> workers = new ArrayList<>();

  BatchRun(List<ImageSource> sources, int concurrency, int perActivation,
      GroupRun classify, BatchListener listener) {
    this.sources = List.copyOf(sources);
    this.classify = classify;
    this.listener = listener == null ? BatchListener.none() : listener;
    this.results = new Classification[this.sources.size()];
    this.groupSize = groupSize(this.sources.size(), concurrency, perActivation);
    this.groups = (this.sources.size() + groupSize - 1) / groupSize;
    int threads = Math.max(1, Math.min(concurrency, groups));
    if (this.sources.isEmpty()) {
      finish();
      return;
    }
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::work, "digitwhisk-batch-" + i);
      t.setDaemon(true);
      workers.add(t);
    }
    workers.forEach(Thread::start);
  }

  /** {@code min(perActivation, ceil(images / concurrency))}, at least 1. */
  static int groupSize(int images, int concurrency, int perActivation) {
    int perWorker = (images + concurrency - 1) / Math.max(1, concurrency);
    return Math.max(1, Math.min(perActivation, perWorker));
  }

  private void work() {
    int g;
    while ((g = next.getAndIncrement()) < groups) {
      int from = g * groupSize;
      List<ImageSource> group = sources.subList(from, Math.min(sources.size(), from + groupSize));
      List<Classification> outcome;
      if (cancelled.get()) {
        outcome = group.stream().map(ClassificationWorkflow::cancelledBeforeStart).toList();
      } else {
        try {
          GroupRun.Outcome o = classify.classify(group, pacer);
          if (o.invoked()) {
            activations.incrementAndGet();
          }
          outcome = o.classifications();
        } catch (RuntimeException e) {
          LOG.warn("Classifying {} images failed unexpectedly", group.size(), e);
          outcome = group.stream().map(source -> ClassificationWorkflow.internalFailure(source, e)).toList();
        }
      }
      Thread.interrupted(); // a cancel's interrupt has done its job for this group
      for (int k = 0; k < outcome.size(); k++) {
        report(from + k, outcome.get(k));
      }
    }
  }

  private void report(int i, Classification c) {
    results[i] = c;
    int done = completed.incrementAndGet();
    try {
      listener.onResult(i, c, done, sources.size());
    } catch (RuntimeException e) {
      LOG.warn("A batch listener failed", e);
    }
    if (done == sources.size()) {
      finish();
    }
  }

  private void finish() {
    List<Classification> all = List.copyOf(Arrays.asList(results));
    try {
      listener.onFinished(all);
    } catch (RuntimeException e) {
      LOG.warn("A batch listener failed", e);
    }
    completion.complete(all);
  }

  /** Stops the batch: running images are interrupted (and still deleted), waiting ones are cancelled. */
  public void cancel() {
    if (cancelled.compareAndSet(false, true)) {
      workers.forEach(Thread::interrupt);
    }
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  public int total() {
    return sources.size();
  }

  public int completed() {
    return completed.get();
  }

  /** Activations asked for so far: one per group that reached the action. */
  public int activations() {
    return activations.get();
  }

  /** How many times OpenWhisk answered 429 so far (the batch paused for each streak). */
  public int throttles() {
    return pacer.throttles();
  }

  /** The most images one activation gets in this batch. */
  public int groupSize() {
    return groupSize;
  }

  /** Completes with all results, in input order. */
  public CompletableFuture<List<Classification>> completion() {
    return completion.copy();
  }

  /** Waits for all results; an interrupt of the waiting thread cancels the batch. */
  public List<Classification> await() throws InterruptedException {
    try {
      return completion.get();
    } catch (InterruptedException e) {
      cancel();
      throw e;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}

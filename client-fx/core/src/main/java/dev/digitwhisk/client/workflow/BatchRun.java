package dev.digitwhisk.client.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch in progress: {@code concurrency} worker threads take the next image until none is left.
 * {@link #cancel()} interrupts the running ones (their images are still deleted) and marks the
 * rest cancelled; every image gets exactly one {@link Classification}, in input order.
 */
public final class BatchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  private final List<ImageSource> sources;
  private final Function<ImageSource, Classification> classify;
  private final BatchListener listener;
  private final Classification[] results;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<List<Classification>> completion = new CompletableFuture<>();
  private final List<Thread> workers = new ArrayList<>();

  BatchRun(List<ImageSource> sources, int concurrency, Function<ImageSource, Classification> classify, BatchListener listener) {
    this.sources = List.copyOf(sources);
    this.classify = classify;
    this.listener = listener == null ? BatchListener.none() : listener;
    this.results = new Classification[this.sources.size()];
    int threads = Math.max(1, Math.min(concurrency, Math.max(1, this.sources.size())));
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

  private void work() {
    int i;
    while ((i = next.getAndIncrement()) < sources.size()) {
      ImageSource source = sources.get(i);
      Classification c;
      if (cancelled.get()) {
        c = ClassificationWorkflow.cancelledBeforeStart(source);
      } else {
        try {
          c = classify.apply(source);
        } catch (RuntimeException e) {
          LOG.warn("Classifying {} failed unexpectedly", source.name(), e);
          c = ClassificationWorkflow.internalFailure(source, e);
        }
      }
      Thread.interrupted(); // a cancel's interrupt has done its job for this image
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

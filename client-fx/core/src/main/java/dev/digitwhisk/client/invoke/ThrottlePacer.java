package dev.digitwhisk.client.invoke;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces a whole batch when OpenWhisk throttles it. The controller answers 429 once a namespace
 * passes its invocations per minute or its concurrent activations (a standalone controller allows
 * 60 a minute and 30 at once) and sends no {@code Retry-After}, so the pause is ours: on a 429
 * every worker waits, 0.5 s at first and twice as long after each further 429 (at most 16 s);
 * any answer that is not 429 ends the streak. The batch gives up only after {@link #PATIENCE} of
 * nothing but 429s. Time spent paused does not count against an invocation's timeout: it is
 * added to that call's deadline. A {@code Retry-After} that a gateway in front may send is honoured.
 * 503 is not this class's business: it keeps the single call's bounded retry.
 */
public final class ThrottlePacer extends Pacing {
  private static final Logger LOG = LoggerFactory.getLogger(ThrottlePacer.class);
  static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(16);
  /** How long a batch keeps trying while it gets nothing but 429s. */
  static final Duration PATIENCE = Duration.ofMinutes(2);

  private final long firstPause;
  private final long longestPause;
  private final long patience;
  private long nextPause;
  private long pausedUntil;
  private long throttledSince;
  private boolean throttled;
  private int throttles;

  ThrottlePacer(Duration firstPause, Duration longestPause, Duration patience) {
    this.firstPause = firstPause.toNanos();
    this.longestPause = longestPause.toNanos();
    this.patience = patience.toNanos();
    this.nextPause = this.firstPause;
    this.pausedUntil = System.nanoTime();
  }

  /** A pacer for one batch: 0.5 s doubling to 16 s, giving up after 2 minutes of 429s. */
  public static ThrottlePacer forBatch() {
    return new ThrottlePacer(FIRST_PAUSE, LONGEST_PAUSE, PATIENCE);
  }

  /** How many 429s the batch has met so far. */
  public synchronized int throttles() {
    return throttles;
  }

  @Override
  long awaitTurn() throws InterruptedException {
    long start = System.nanoTime();
    long until;
    synchronized (this) {
      until = pausedUntil;
    }
    long wait = until - start;
    if (wait <= 0) {
      return 0;
    }
    Thread.sleep(Duration.ofNanos(wait));
    return System.nanoTime() - start;
  }

  @Override
  boolean retryAfterThrottle(int attempt, HttpResponse<?> response, Deadline deadline) throws InterruptedException {
    synchronized (this) {
      long now = System.nanoTime();
      throttles++;
      if (!throttled) {
        throttled = true;
        throttledSince = now;
      }
      if (now - throttledSince > patience) {
        return false;
      }
      if (now - pausedUntil >= 0) { // no pause on yet: this 429 starts one (those hitting it meanwhile share it)
        long pause = Math.max(nextPause, retryAfterNanos(response));
        pausedUntil = now + pause;
        nextPause = Math.min(longestPause, nextPause * 2);
        LOG.info("OpenWhisk is throttling (429); the batch pauses {} ms", pause / 1_000_000);
      }
    }
    deadline.extend(awaitTurn());
    return true;
  }

  @Override
  synchronized void passed() {
    throttled = false;
    nextPause = firstPause;
  }

  private static long retryAfterNanos(HttpResponse<?> response) {
    try {
      return response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s.trim())).toNanos())
          .orElse(0L);
    } catch (NumberFormatException e) {
      return 0; // an HTTP-date: our own schedule rather than trust two clocks
    }
  }
}

package dev.digitwhisk.client.invoke;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a throttled (429) or unavailable (503) call: the server's
 * {@code Retry-After} seconds when it sends them, else exponential backoff with full jitter
 * (base 200 ms, doubling, at most 5 s), never past the caller's deadline.
 */
final class Backoff {
  static final int MAX_ATTEMPTS = 6;
  private static final long BASE_MILLIS = 200;
  private static final long CAP_MILLIS = 5_000;

  private Backoff() {}

  /** Milliseconds to sleep before attempt {@code attempt + 1} (attempt counts from 1). */
  static long delayMillis(int attempt, HttpResponse<?> response) {
    String retryAfter = response == null ? null : response.headers().firstValue("Retry-After").orElse(null);
    if (retryAfter != null) {
      try {
        long seconds = Long.parseLong(retryAfter.trim());
        if (seconds >= 0) {
          return Math.min(seconds * 1000, CAP_MILLIS * 4);
        }
      } catch (NumberFormatException ignored) {
        // An HTTP-date: fall back to our own schedule rather than trust two clocks.
      }
    }
    long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt - 1, 10));
    return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
  }

  /** Sleeps {@code millis} unless that would pass the deadline; false when there is no time left. */
  static boolean sleepBefore(long deadlineNanos, long millis) throws InterruptedException {
    long left = deadlineNanos - System.nanoTime();
    if (Duration.ofMillis(millis).toNanos() >= left) {
      return false;
    }
    Thread.sleep(millis);
    return true;
  }
}

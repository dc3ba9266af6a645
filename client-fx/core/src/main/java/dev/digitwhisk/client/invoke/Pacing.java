package dev.digitwhisk.client.invoke;

import java.net.http.HttpResponse;

/**
 * How calls answered 429 (throttled) wait and retry. {@link #bounded()} is one invocation's own
 * short backoff; a {@link ThrottlePacer} is shared by every worker of a batch, so that a throttled
 * namespace slows the whole batch instead of each worker hammering it on its own schedule.
 */
public abstract sealed class Pacing permits BoundedRetry, ThrottlePacer {
  Pacing() {}

  /** A few retries with jittered exponential backoff within the call's own deadline (the single-image way). */
  public static Pacing bounded() {
    return BoundedRetry.INSTANCE;
  }

  /** Waits while a pause is on, before each request; the nanoseconds waited (the caller's deadline moves by them). */
  abstract long awaitTurn() throws InterruptedException;

  /** After a 429: waits as this pacing says and answers true to retry, or false to give up now. */
  abstract boolean retryAfterThrottle(int attempt, HttpResponse<?> response, Deadline deadline) throws InterruptedException;

  /** A request got through (any answer but 429). */
  void passed() {}
}

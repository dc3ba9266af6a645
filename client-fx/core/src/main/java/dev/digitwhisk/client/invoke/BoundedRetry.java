package dev.digitwhisk.client.invoke;

import java.net.http.HttpResponse;

/** One invocation's 429 handling: {@link Backoff}'s few attempts, never past the call's deadline. */
final class BoundedRetry extends Pacing {
  static final BoundedRetry INSTANCE = new BoundedRetry();

  private BoundedRetry() {}

  @Override
  long awaitTurn() {
    return 0;
  }

  @Override
  boolean retryAfterThrottle(int attempt, HttpResponse<?> response, Deadline deadline) throws InterruptedException {
    return attempt < Backoff.MAX_ATTEMPTS && Backoff.sleepBefore(deadline.nanos(), Backoff.delayMillis(attempt, response));
  }
}

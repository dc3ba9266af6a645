package dev.digitwhisk.client.invoke;

import java.time.Duration;

/** When one call must be done by, on the {@link System#nanoTime()} clock; time paused by throttling moves it back. */
final class Deadline {
  private long at;

  private Deadline(long at) {
    this.at = at;
  }

  static Deadline after(Duration timeout) {
    return new Deadline(System.nanoTime() + timeout.toNanos());
  }

  long nanos() {
    return at;
  }

  /** What is left, at least a nanosecond (a request's own timeout must be positive). */
  Duration left() {
    return Duration.ofNanos(Math.max(1, at - System.nanoTime()));
  }

  void extend(long nanos) {
    at += nanos;
  }
}

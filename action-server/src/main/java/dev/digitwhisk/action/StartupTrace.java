package dev.digitwhisk.action;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code DIGITWHISK_TRACE_STARTUP=1}, prints how long after process start each start-up step
 * finished (to stderr), for tuning cold starts. Silent otherwise.
 */
final class StartupTrace {
  private static final boolean ON = System.getenv("DIGITWHISK_TRACE_STARTUP") != null;
  private static final Instant PROCESS_START = ON
      ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : Instant.EPOCH;

  private StartupTrace() {}

  static void mark(String step) {
    if (ON) {
      System.err.printf("startup +%d ms: %s [%s]%n", Duration.between(PROCESS_START, Instant.now()).toMillis(),
          step, Thread.currentThread().getName());
    }
  }
}

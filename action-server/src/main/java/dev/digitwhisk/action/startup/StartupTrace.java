package dev.digitwhisk.action.startup;

/**
 * With {@code DIGITWHISK_TRACE_STARTUP=1}, prints how long after process start each start-up step
 * finished (to stderr), for tuning cold starts. Silent otherwise.
 */
public final class StartupTrace {
  private static final boolean ON = System.getenv("DIGITWHISK_TRACE_STARTUP") != null;

  private StartupTrace() {}

  public static void mark(String step) {
    if (ON) {
      System.err.printf("startup +%d ms: %s [%s]%n", ProcessClock.millisSinceStart().orElse(-1),
          step, Thread.currentThread().getName());
    }
  }
}

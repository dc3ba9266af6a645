package dev.digitwhisk.client.ui;

import dev.digitwhisk.clock.ProcessClock;
import java.util.OptionalLong;
import javafx.animation.AnimationTimer;

/**
 * With {@code -Ddigitwhisk.startupTiming=true}, prints to stderr how long the first frame took:
 * from process start (what a user waits) and from {@code main}. The first pulse after the stage is
 * shown is when the first frame is rendered.
 */
public final class StartupTiming {
  public static final String PROPERTY = "digitwhisk.startupTiming";
  private static volatile long mainNanos = System.nanoTime();

  private StartupTiming() {}

  static void markMain() {
    mainNanos = System.nanoTime();
  }

  public static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** Runs {@code action} on the FX thread once the first frames are out (after the second pulse). */
  static void afterFirstFrame(Runnable action) {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses >= 2) {
          stop();
          action.run();
        }
      }
    }.start();
  }

  /** Call on the FX thread right after {@code stage.show()}. */
  static void reportFirstFrame() {
    if (!enabled()) {
      return;
    }
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        stop();
        long sinceMain = (System.nanoTime() - mainNanos) / 1_000_000;
        OptionalLong sinceStart = ProcessClock.millisSinceStart();
        System.err.println("digitwhisk: first frame "
            + (sinceStart.isPresent() ? sinceStart.getAsLong() + " ms" : "unknown") + " after process start, "
            + sinceMain + " ms after main");
      }
    }.start();
  }
}

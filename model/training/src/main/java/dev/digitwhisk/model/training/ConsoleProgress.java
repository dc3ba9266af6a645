package dev.digitwhisk.model.training;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Training progress for people: a progress line within an epoch (redrawn in place on a terminal,
 * every few seconds as new lines in a log file) and one summary line per epoch with the ETA.
 */
final class ConsoleProgress {
  private static final long LINE_EVERY_NANOS = 10_000_000_000L;
  private final PrintStream out;
  private final boolean terminal;
  private long lastLine;

  ConsoleProgress(PrintStream out) {
    this.out = out;
    this.terminal = System.console() != null;
  }

  void batch(int epoch, int epochs, int done, int total, double loss, double imagesPerSecond) {
    long now = System.nanoTime();
    if (!terminal && now - lastLine < LINE_EVERY_NANOS && done < total) {
      return;
    }
    lastLine = now;
    int width = 24;
    int filled = (int) ((long) width * done / total);
    String line = "  epoch %d/%d [%s%s] %3d%%  loss %.4f  %,.0f img/s".formatted(epoch, epochs,
        "#".repeat(filled), ".".repeat(width - filled), 100L * done / total, loss, imagesPerSecond);
    if (terminal) {
      out.print("\r" + line);
      if (done == total) {
        out.print("\r" + " ".repeat(line.length()) + "\r");
      }
    } else if (done < total) {
      out.println(line);
    }
    out.flush();
  }

  void epoch(EpochStats s, int epochs, EpochStats best, double remainingSeconds) {
    out.printf("epoch %2d/%d  loss %.4f  val acc %.2f%% (loss %.4f)  best %.2f%% @%d  lr %.2e  %,.0f img/s  %.1f s  ETA %s%n",
        s.epoch(), epochs, s.trainLoss(), 100 * s.validationAccuracy(), s.validationLoss(), 100 * best.validationAccuracy(),
        best.epoch(), s.learningRate(), s.imagesPerSecond(), s.seconds(), format(remainingSeconds));
    out.flush();
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }

  static String format(double seconds) {
    Duration d = Duration.ofSeconds(Math.round(seconds));
    return d.toHours() > 0 ? "%dh%02dm%02ds".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : "%dm%02ds".formatted(d.toMinutes(), d.toSecondsPart());
  }
}

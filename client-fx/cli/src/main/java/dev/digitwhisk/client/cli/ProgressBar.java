package dev.digitwhisk.client.cli;

import java.io.PrintWriter;

/** A one-line progress bar on a terminal; on a pipe or file it draws nothing (results are lines). */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private boolean drawn;

  private ProgressBar(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  static ProgressBar forTerminal(PrintWriter err, int total, boolean wanted) {
    return new ProgressBar(err, total, wanted && onTerminal());
  }

  /** JDK 21's console exists only on a terminal; JDK 22+ always has one and says so via isTerminal(). */
  private static boolean onTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException jdk21) {
      return true;
    }
  }

  void show(int done) {
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf("\r[%s%s] %d/%d  %.0f images/s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
        seconds > 0 ? done / seconds : 0.0);
    err.flush();
    drawn = true;
  }

  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  void finish() {
    clear();
  }
}

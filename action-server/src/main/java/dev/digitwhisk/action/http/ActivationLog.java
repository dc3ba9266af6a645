package dev.digitwhisk.action.http;

import java.io.PrintStream;

/**
 * The action's log streams. OpenWhisk reads an activation's logs from the container's stdout (and,
 * on some deployments, stderr) up to the sentinel line, so after every activation the sentinel must be the last line on
 * both. One activation's lines are written as a block, holding the stdout stream's monitor, so
 * concurrent runs (the sandbox and load tests run them; OpenWhisk itself sends one at a time) and
 * other writers that hold it too never split a line from its sentinel.
 */
final class ActivationLog {
  public static final String SENTINEL = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX";

  private final PrintStream out;
  private final PrintStream err;

  public ActivationLog(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Ends an activation: its summary line and any error detail on stdout, a copy of the detail on
   * stderr, then both sentinels. The detail goes to stdout because standalone OpenWhisk collects an
   * activation's logs with {@code docker logs}, which keeps stdout only.
   */
  public void activationDone(String summary, String errorDetail) {
    synchronized (out) {
      out.println(summary);
      if (errorDetail != null && !errorDetail.isEmpty()) {
        out.println(errorDetail);
        err.println(errorDetail);
      }
      out.println(SENTINEL);
      err.println(SENTINEL);
      out.flush();
      err.flush();
    }
  }

  /** A line outside any activation (start-up, a refused second /init). */
  public void info(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  public void warn(String line) {
    synchronized (out) {
      err.println(line);
      err.flush();
    }
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One container's stdout and stderr, kept line by line with the time each line was written, as Docker keeps them. */
final class ContainerOutput {
  static final String SENTINEL = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX";

  /** A line and when it was written. */
  record Line(Instant at, String text) {}

  private final Lines out = new Lines();
  private final Lines err = new Lines();
  final PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
  final PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

  String stdout() {
    return out.text();
  }

  String stderr() {
    return err.text();
  }

  /**
   * An activation's logs as standalone collects them (core/invoker/.../docker/DockerCliLogStore.scala):
   * {@code docker logs --since <start s> --until <end s + 1> --timestamps}, whose output is the container's
   * stdout only, each line behind its RFC 3339 time, taken up to the first line holding the sentinel. The
   * window is whole seconds, so a line another activation wrote in the same second is in it too, as there.
   * Waits up to {@code wait} for the sentinel, which the action writes just after it answers.
   */
  List<String> activationLogs(Instant start, Instant end, Duration wait) throws InterruptedException {
    long since = start.getEpochSecond();
    long until = end.getEpochSecond() + 1;
    long deadline = System.nanoTime() + wait.toNanos();
    List<String> logs = new ArrayList<>();
    boolean sentinel = false;
    while (!sentinel) {
      logs.clear();
      for (Line line : out.lines()) {
        long second = line.at().getEpochSecond();
        if (second < since || second > until) {
          continue;
        }
        if (line.text().contains(SENTINEL)) {
          sentinel = true;
          break;
        }
        logs.add(line.at() + " " + line.text());
      }
      if (!sentinel && System.nanoTime() > deadline) {
        break;
      }
      if (!sentinel) {
        Thread.sleep(10);
      }
    }
    return List.copyOf(logs);
  }

  /** Bytes cut into lines at each newline, each stamped with the time it ended. */
  private static final class Lines extends OutputStream {
    private final List<Line> lines = new ArrayList<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.add(new Line(Instant.now(), partial.toString(StandardCharsets.UTF_8)));
        partial.reset();
      } else {
        partial.write(b);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    synchronized List<Line> lines() {
      return List.copyOf(lines);
    }

    synchronized String text() {
      StringBuilder s = new StringBuilder();
      lines.forEach(l -> s.append(l.text()).append('\n'));
      return s.append(partial.toString(StandardCharsets.UTF_8)).toString();
    }
  }
}

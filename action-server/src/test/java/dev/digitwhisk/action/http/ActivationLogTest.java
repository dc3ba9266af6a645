package dev.digitwhisk.action.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code wsk activation logs} can show: standalone OpenWhisk keeps stdout only, up to the first sentinel. */
class ActivationLogTest {
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final ActivationLog log = new ActivationLog(
      new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

  @Test
  void activationDone_errorDetail_isOnStdoutBeforeTheSentinel_withACopyOnStderr() {
    log.activationDone("activation=a1 code=404", "activation=a1 error 404 for http://store/nope.png: not found");

    assertThat(keptByDockerLogs(lines(stdout)))
        .containsExactly("activation=a1 code=404", "activation=a1 error 404 for http://store/nope.png: not found");
    assertThat(lines(stderr))
        .containsExactly("activation=a1 error 404 for http://store/nope.png: not found", ActivationLog.SENTINEL);
  }

  @Test
  void activationDone_withoutError_writesOnlyTheSummaryAndTheSentinels() {
    log.activationDone("activation=a2 code=200", "");

    assertThat(lines(stdout)).containsExactly("activation=a2 code=200", ActivationLog.SENTINEL);
    assertThat(lines(stderr)).containsExactly(ActivationLog.SENTINEL);
  }

  /** The lines standalone's log store keeps: those before the first one holding the sentinel. */
  private static List<String> keptByDockerLogs(List<String> stdoutLines) {
    return stdoutLines.stream().takeWhile(line -> !line.contains(ActivationLog.SENTINEL)).toList();
  }

  private static List<String> lines(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8).lines().toList();
  }
}

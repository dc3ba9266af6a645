package dev.digitwhisk.action.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.testing.ChildAction;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The warm-up fails silently by design (the first request then does the work), so a sample image
 * the pipeline rejects would only show as a slower cold start: check it goes all the way through.
 */
class WarmUpTest {
  @Test
  void warmUpDecodesItsSampleAndRunsTheModel() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of("DIGITWHISK_TRACE_STARTUP", "1"))) {
      assertThat(action.awaitLine(Pattern.compile("warm-up: first inference done"), Duration.ofSeconds(30)))
          .as("stderr: %s", action.stderr())
          .isPresent();
      assertThat(action.stderr()).anyMatch(line -> line.contains("warm-up: image code ready"));
    }
  }

  @Test
  void switchedOffItDoesNotRun() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of("DIGITWHISK_WARM_UP", "false", "DIGITWHISK_TRACE_STARTUP", "1"))) {
      assertThat(action.awaitLine(Pattern.compile("model loaded"), Duration.ofSeconds(30))).isPresent();
      assertThat(action.stderr()).noneMatch(line -> line.contains("warm-up"));
    }
  }
}

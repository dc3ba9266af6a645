package dev.digitwhisk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The units the command line reads, and the default controller's ranges (100 ms..300 s, 128..512 MB). */
class ActionLimitsTest {
  @ParameterizedTest
  @CsvSource({"60s, 60000", "60000ms, 60000", "100ms, 100", "300s, 300000", "300000ms, 300000", "1S, 1000", " 5s , 5000"})
  void parseTimeout_secondsOrMilliseconds(String text, long millis) {
    assertThat(ActionLimits.parseTimeout(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void parseTimeout_bareNumber_asksForAUnit() {
    assertThatThrownBy(() -> ActionLimits.parseTimeout("60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no unit").hasMessageContaining("60s").hasMessageContaining("60ms");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "timeout | 1m                    | 60s or 60000ms",
      "timeout | 1.5s                  | 60s or 60000ms",
      "timeout | 60 seconds            | 60s or 60000ms",
      "timeout | s                     | 60s or 60000ms",
      "timeout | -5s                   | 60s or 60000ms",
      "timeout | ''                    | 60s or 60000ms",
      "timeout | 99ms                  | below the minimum of 100ms: OpenWhisk accepts 100ms to 300s",
      "timeout | 0s                    | below the minimum of 100ms: OpenWhisk accepts 100ms to 300s",
      "timeout | 60ms                  | 60ms is below the minimum of 100ms",
      "timeout | 300001ms              | exceeds the maximum of 300s: OpenWhisk accepts 100ms to 300s",
      "timeout | 301s                  | 301s exceeds the maximum of 300s",
      "timeout | 99999999999999999999s | far out of range: OpenWhisk accepts 100ms to 300s",
      "memory  | 1GB                   | 256, 256MB or 256m",
      "memory  | 0.5g                  | 256, 256MB or 256m",
      "memory  | 256 MiB               | 256, 256MB or 256m",
      "memory  | 256KB                 | 256, 256MB or 256m",
      "memory  | -256                  | 256, 256MB or 256m",
      "memory  | ''                    | 256, 256MB or 256m",
      "memory  | 127                   | 127MB is below the minimum of 128MB: OpenWhisk accepts 128MB to 512MB",
      "memory  | 64m                   | 64MB is below the minimum of 128MB",
      "memory  | 513MB                 | 513MB exceeds the maximum of 512MB: OpenWhisk accepts 128MB to 512MB"})
  void parse_otherFormsOrOutOfRange_areRefusedWithTheFormOrTheRange(String limit, String text, String message) {
    assertThatThrownBy(() -> {
      if (limit.equals("timeout")) {
        ActionLimits.parseTimeout(text);
      } else {
        ActionLimits.parseMemoryMb(text);
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource({"256, 256", "256MB, 256", "256mb, 256", "256m, 256", "256M, 256", "128, 128", "512MB, 512"})
  void parseMemory_megabytes(String text, int mb) {
    assertThat(ActionLimits.parseMemoryMb(text)).isEqualTo(mb);
  }

  @Test
  void defaults_lieWithinTheRanges() {
    assertThat(ActionLimits.checkTimeout(ActionLimits.DEFAULT_TIMEOUT)).isEqualTo(Duration.ofSeconds(60));
    assertThat(ActionLimits.checkMemoryMb(ActionLimits.DEFAULT_MEMORY_MB)).isEqualTo(256);
  }
}

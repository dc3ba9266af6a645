package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code ?timeout=} the REST invoker asks for: a little below its own budget, within the controller's 1..60000 ms. */
class ControllerWaitTest {
  @ParameterizedTest(name = "budget {0} ms → timeout={1}")
  @CsvSource({
      "60000, 55000",
      "30000, 25000",
      "12000, 9000",
      "800, 600",
      "1, 1",
      "600000, 60000",
  })
  void staysBelowTheBudgetAndWithinTheControllersRange(long budgetMs, long expectedMs) {
    Duration wait = OpenWhiskRestInvoker.controllerWait(Duration.ofMillis(budgetMs));

    assertThat(wait.toMillis()).isEqualTo(expectedMs);
    assertThat(wait.toMillis()).isBetween(1L, 60_000L);
  }
}

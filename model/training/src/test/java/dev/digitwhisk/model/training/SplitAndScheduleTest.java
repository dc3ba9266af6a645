package dev.digitwhisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SplitAndScheduleTest {

  private static DigitData numbered(int n) {
    float[] pixels = new float[n * DigitData.SIZE];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      pixels[i * DigitData.SIZE] = i / (float) n;
      labels[i] = i % 10;
    }
    return new DigitData(pixels, labels);
  }

  @Test
  void validationSplit_takesTheLastTenthInFileOrder() {
    ValidationSplit split = ValidationSplit.of(numbered(100), 0.1, 0);
    assertThat(split.train().size()).isEqualTo(90);
    assertThat(split.validation().size()).isEqualTo(10);
    assertThat(split.validation().pixels()[0]).isEqualTo(0.9f);
    assertThat(split.describe()).contains("91–100");
  }

  @Test
  void validationSplit_limit_usesOnlyTheFirstDigits() {
    ValidationSplit split = ValidationSplit.of(numbered(100), 0.2, 50);
    assertThat(split.train().size()).isEqualTo(40);
    assertThat(split.validation().labels()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void validationSplit_badFraction_isRefused() {
    assertThatThrownBy(() -> ValidationSplit.of(numbered(10), 1.0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schedule_warmsUpThenDecaysToTheFinalRate() {
    LearningRateSchedule s = new LearningRateSchedule(1e-3f, 1e-5f, 100, 1000);
    assertThat(s.getNewValue(0)).isCloseTo(1e-5f, Offset.offset(1e-7f));
    assertThat(s.getNewValue(99)).isCloseTo(1e-3f, Offset.offset(1e-7f));
    assertThat(s.getNewValue(550)).isCloseTo((1e-3f + 1e-5f) / 2, Offset.offset(1e-6f));
    assertThat(s.getNewValue(1000)).isCloseTo(1e-5f, Offset.offset(1e-7f));
    assertThat(s.getNewValue(300)).isGreaterThan(s.getNewValue(600));
  }

  @Test
  void architecture_standard_countsItsParameters() {
    // conv 320 + 9,248 + 18,496 + 36,928, BN 2·(32+32+64+64+256), dense 803,072 + 2,570
    assertThat(Architecture.standard().parameterCount()).isEqualTo(871_530L);
  }
}

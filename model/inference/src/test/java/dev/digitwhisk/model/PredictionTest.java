package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PredictionTest {
  @Test
  void ofLogits_softmaxAndArgMax() {
    float[] logits = {0, 0, 0, 0, 0, 0, 5, 0, 0, 0};

    Prediction p = Prediction.ofLogits(logits);

    assertThat(p.digit()).isEqualTo(6);
    assertThat(p.confidence()).isCloseTo((float) (Math.exp(5) / (Math.exp(5) + 9)), within(1e-6f));
    double sum = 0;
    for (float f : p.probabilities()) {
      sum += f;
    }
    assertThat(sum).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void ofLogits_hugeLogits_doNotOverflow() {
    float[] logits = {1000, 999, 0, 0, 0, 0, 0, 0, 0, -1000};

    Prediction p = Prediction.ofLogits(logits);

    assertThat(p.digit()).isZero();
    assertThat(p.confidence()).isCloseTo((float) (1 / (1 + Math.exp(-1))), within(1e-6f));
  }

  @Test
  void constructor_badValues_areRefused() {
    assertThatThrownBy(() -> new Prediction(10, 1f, new float[10])).hasMessageContaining("0..9");
    assertThatThrownBy(() -> new Prediction(1, 1f, new float[9])).hasMessageContaining("10 probabilities");
  }
}

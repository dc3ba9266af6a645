package dev.digitwhisk.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the model says about one image: the most likely digit, its probability, and all ten softmax
 * probabilities (index = digit).
 */
public record Prediction(int digit, float confidence, float[] probabilities) {
  public Prediction {
    Objects.requireNonNull(probabilities, "probabilities");
    if (probabilities.length != 10) {
      throw new IllegalArgumentException("a prediction holds 10 probabilities, got " + probabilities.length);
    }
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("digit must be 0..9, got " + digit);
    }
    probabilities = probabilities.clone();
  }

  /** Softmax of ten logits; the arg-max becomes the digit. */
  public static Prediction ofLogits(float[] logits) {
    if (logits.length != 10) {
      throw new IllegalArgumentException("expected 10 logits, got " + logits.length);
    }
    float max = Float.NEGATIVE_INFINITY;
    int best = 0;
    for (int i = 0; i < 10; i++) {
      if (logits[i] > max) {
        max = logits[i];
        best = i;
      }
    }
    double sum = 0;
    double[] e = new double[10];
    for (int i = 0; i < 10; i++) {
      e[i] = Math.exp(logits[i] - max);
      sum += e[i];
    }
    float[] p = new float[10];
    for (int i = 0; i < 10; i++) {
      p[i] = (float) (e[i] / sum);
    }
    return new Prediction(best, p[best], p);
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prediction other
        && digit == other.digit
        && Float.compare(confidence, other.confidence) == 0
        && Arrays.equals(probabilities, other.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(digit, confidence) + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "Prediction[digit=%d, confidence=%.4f, probabilities=%s]"
        .formatted(digit, confidence, Arrays.toString(probabilities));
  }
}

package dev.digitwhisk.model.number;

import dev.digitwhisk.model.ModelInput;
import java.util.Arrays;
import java.util.Objects;

/**
 * One digit of a number: what the model said, where the digit is and the 28×28 the model saw.
 * {@code unsure} marks a digit whose confidence is below {@link NumberReader#UNSURE}; it is kept in
 * the number so that a person can check it, never dropped.
 */
public record ReadDigit(int digit, float confidence, float[] probabilities, Box box, ModelInput input, boolean unsure) {
  public ReadDigit {
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(input, "input");
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("digit must be 0..9, got " + digit);
    }
    probabilities = probabilities.clone();
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadDigit other
        && digit == other.digit
        && Float.compare(confidence, other.confidence) == 0
        && Arrays.equals(probabilities, other.probabilities)
        && box.equals(other.box)
        && input.equals(other.input)
        && unsure == other.unsure;
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(digit, confidence, box, input, unsure) + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "ReadDigit[digit=%d, confidence=%.4f, box=%s%s]".formatted(digit, confidence, box, unsure ? ", unsure" : "");
  }
}

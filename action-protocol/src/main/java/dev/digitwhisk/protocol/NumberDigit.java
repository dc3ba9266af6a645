package dev.digitwhisk.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * One digit of a number as the action read it: what a view needs to draw its box with the digit and
 * confidence, mark it when unsure, and show its ten probabilities and the 28×28 the model saw.
 *
 * @param digit 0–9
 * @param confidence the winning probability
 * @param probabilities the ten softmax values, or none
 * @param box where the digit lies in the picture, in its pixels
 * @param inputPng the 28×28 8-bit grey PNG the model saw for this digit, or none
 * @param unsure the model was less sure than {@link #UNSURE_BELOW}; the digit is kept for a person to check
 */
public record NumberDigit(int digit, float confidence, float[] probabilities, DigitBox box, byte[] inputPng,
    boolean unsure) {
  /** Digits read with less confidence than this are marked unsure. */
  public static final float UNSURE_BELOW = 0.7f;

  public NumberDigit {
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("a digit is 0 to 9, not " + digit);
    }
    Objects.requireNonNull(box, "box");
    probabilities = probabilities == null ? new float[0] : probabilities.clone();
    if (probabilities.length != 0 && probabilities.length != 10) {
      throw new IllegalArgumentException("a digit has ten probabilities or none, not " + probabilities.length);
    }
    inputPng = inputPng == null ? new byte[0] : inputPng.clone();
  }

  /** A digit marked unsure exactly when its confidence is below {@link #UNSURE_BELOW}. */
  public static NumberDigit of(int digit, float confidence, float[] probabilities, DigitBox box, byte[] inputPng) {
    return new NumberDigit(digit, confidence, probabilities, box, inputPng, confidence < UNSURE_BELOW);
  }

  public boolean hasProbabilities() {
    return probabilities.length == 10;
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public byte[] inputPng() {
    return inputPng.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberDigit d && digit == d.digit && Float.compare(confidence, d.confidence) == 0
        && Arrays.equals(probabilities, d.probabilities) && box.equals(d.box) && Arrays.equals(inputPng, d.inputPng)
        && unsure == d.unsure;
  }

  @Override
  public int hashCode() {
    return Objects.hash(digit, confidence, Arrays.hashCode(probabilities), box, Arrays.hashCode(inputPng), unsure);
  }

  @Override
  public String toString() {
    return "NumberDigit[" + digit + ", confidence=" + confidence + (unsure ? ", unsure" : "") + ", " + box + "]";
  }
}

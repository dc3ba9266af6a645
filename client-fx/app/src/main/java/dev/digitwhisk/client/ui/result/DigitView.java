package dev.digitwhisk.client.ui.result;

import dev.digitwhisk.protocol.DigitBox;
import java.util.List;

/**
 * One digit of a number as the window shows it.
 *
 * @param digit 0–9
 * @param confidence 0..1
 * @param probabilities ten values, or empty
 * @param inputPng the 28×28 PNG the model saw for this digit, or empty
 * @param box where the digit lies in the picture, in the picture's pixels
 * @param unsure the action marked it for a person to check
 */
public record DigitView(int digit, double confidence, List<Double> probabilities, byte[] inputPng, DigitBox box,
    boolean unsure) {

  /** The box's caption, e.g. "7 · 98 %". */
  public String caption() {
    return String.format("%d · %.0f %%", digit, confidence * 100);
  }
}

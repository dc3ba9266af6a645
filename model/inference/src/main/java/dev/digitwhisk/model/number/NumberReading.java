package dev.digitwhisk.model.number;

import java.util.List;
import java.util.Objects;

/**
 * A whole number read from one picture: its digits left to right as {@code text} (leading zeros
 * kept, so "007" stays "007"), each digit with its place, and {@code confidence}, the product of the
 * digits' confidences: the chance that every digit is right when the digits' errors are independent.
 * The product, not the minimum, because a long number of fairly sure digits is less likely right than
 * any one of them, and the figure should say so.
 */
public record NumberReading(String text, List<ReadDigit> digits, double confidence) {
  public NumberReading {
    Objects.requireNonNull(text, "text");
    digits = List.copyOf(digits);
    if (text.length() != digits.size()) {
      throw new IllegalArgumentException("text " + text + " does not match " + digits.size() + " digits");
    }
  }

  static NumberReading of(List<ReadDigit> digits) {
    StringBuilder text = new StringBuilder(digits.size());
    double confidence = 1;
    for (ReadDigit d : digits) {
      text.append((char) ('0' + d.digit()));
      confidence *= d.confidence();
    }
    return new NumberReading(text.toString(), digits, confidence);
  }

  /** Whether any digit is marked unsure. */
  public boolean unsure() {
    return digits.stream().anyMatch(ReadDigit::unsure);
  }
}

package dev.digitwhisk.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A whole number read from one picture: its digits left to right as {@code text} (leading zeros
 * kept: "007" stays "007", which no integer could say), the chance that every digit is right, and
 * each digit with its box, probabilities and the 28×28 the model saw.
 *
 * @param text the digits, 1 to {@link Limits#MAX_DIGITS} of them
 * @param confidence the number's confidence (the product of the digits')
 * @param digits one per character of {@code text}, in the same order
 */
public record NumberAnswer(String text, float confidence, List<NumberDigit> digits) {
  public NumberAnswer {
    Objects.requireNonNull(text, "text");
    digits = List.copyOf(digits);
    if (digits.isEmpty() || digits.size() > Limits.MAX_DIGITS) {
      throw new IllegalArgumentException("a number has 1 to " + Limits.MAX_DIGITS + " digits, not " + digits.size());
    }
    if (!text.equals(textOf(digits))) {
      throw new IllegalArgumentException("text \"" + text + "\" does not spell its digits " + textOf(digits));
    }
  }

  /** The number of these digits, its text spelled from them. */
  public static NumberAnswer of(float confidence, List<NumberDigit> digits) {
    return new NumberAnswer(textOf(digits), confidence, digits);
  }

  /** The first digit, which the answer's {@code res} carries for callers that know only digits. */
  public int firstDigit() {
    return digits.getFirst().digit();
  }

  /** Whether any digit is marked unsure. */
  public boolean unsure() {
    return digits.stream().anyMatch(NumberDigit::unsure);
  }

  private static String textOf(List<NumberDigit> digits) {
    StringBuilder text = new StringBuilder(digits.size());
    for (NumberDigit d : digits) {
      text.append((char) ('0' + d.digit()));
    }
    return text.toString();
  }
}

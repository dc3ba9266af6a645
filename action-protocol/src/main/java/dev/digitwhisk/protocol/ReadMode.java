package dev.digitwhisk.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * What the action reads from one picture, asked for with the activation parameter
 * {@value #PARAMETER}: one digit (the original recipe's behaviour, and the default when the
 * parameter is absent) or a whole number of up to {@link Limits#MAX_DIGITS} digits.
 */
public enum ReadMode {
  /** One digit: {@code res} and its ten probabilities. */
  DIGIT,
  /** A whole number: {@code text}, one entry per digit in {@code digits}, {@code res} its first digit. */
  NUMBER;

  /** The activation parameter that chooses the mode. */
  public static final String PARAMETER = "read";

  /** The mode as the parameter names it, e.g. {@code number}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode a parameter value names (exactly as {@link #wireName()} writes it); empty for anything else. */
  public static Optional<ReadMode> of(String wireName) {
    for (ReadMode mode : values()) {
      if (mode.wireName().equals(wireName)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}

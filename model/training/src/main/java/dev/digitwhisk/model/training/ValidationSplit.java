package dev.digitwhisk.model.training;

/**
 * The fixed split of the training file: the last {@code fraction} of it (in file order) validates,
 * the rest trains. Fixed rather than random so every run and the model card name the same digits.
 */
public record ValidationSplit(DigitData train, DigitData validation, int validationFrom, int total) {

  /** Splits {@code all} after optionally keeping only its first {@code limit} digits (0 = all). */
  public static ValidationSplit of(DigitData all, double fraction, int limit) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("the validation fraction lies strictly between 0 and 1, got " + fraction);
    }
    DigitData used = limit > 0 && limit < all.size() ? all.range(0, limit) : all;
    int from = (int) Math.round(used.size() * (1 - fraction));
    if (from <= 0 || from >= used.size()) {
      throw new IllegalArgumentException(used.size() + " digits are too few to split");
    }
    return new ValidationSplit(used.range(0, from), used.range(from, used.size()), from, used.size());
  }

  /** For the model card, 1-based like a person counts: "digits 21,911–24,345 of the training file". */
  public String describe() {
    return "digits %,d–%,d of the training file (the last %d, in file order)".formatted(validationFrom + 1, total, total - validationFrom);
  }
}

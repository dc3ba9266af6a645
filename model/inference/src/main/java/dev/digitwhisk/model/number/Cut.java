package dev.digitwhisk.model.number;

/**
 * A straight cut through a candidate, {@code x = at + slope × y} in the sheet's pixels; slanted cuts
 * follow the slant of handwriting between two touching digits.
 */
record Cut(double at, double slope) {
  /** Left of everything / right of everything: an uncut side. */
  static final Cut NONE_LEFT = new Cut(Double.NEGATIVE_INFINITY, 0);
  static final Cut NONE_RIGHT = new Cut(Double.POSITIVE_INFINITY, 0);

  /** The cut through column {@code x} at row {@code y}, leaning by {@code slope} columns per row. */
  static Cut through(double x, double y, double slope) {
    return new Cut(x - slope * y, slope);
  }

  /** Whether pixel {@code (x, y)}'s centre lies left of the cut. */
  boolean leftOf(int x, int y) {
    return x + 0.5 < at + slope * (y + 0.5);
  }
}

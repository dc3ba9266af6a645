package dev.digitwhisk.model.number;

/**
 * Where a candidate is cut: in each row, the column boundary {@link #at} between its left and right
 * part, in the sheet's pixels. Straight cuts ({@link Line}, upright or slanted with the handwriting)
 * and curved ones ({@link Path}, following the thinnest ink between two touching digits).
 */
sealed interface Cut {
  /** Left of everything / right of everything: an uncut side. */
  Cut NONE_LEFT = new Line(Double.NEGATIVE_INFINITY, 0);
  Cut NONE_RIGHT = new Line(Double.POSITIVE_INFINITY, 0);

  /** The boundary in row {@code y}: pixels whose centre lies left of it are left of the cut. */
  double at(int y);

  /** Whether pixel {@code (x, y)}'s centre lies left of the cut. */
  default boolean leftOf(int x, int y) {
    return x + 0.5 < at(y);
  }

  /** The straight cut through column {@code x} at row {@code y}, leaning by {@code slope} columns per row. */
  static Cut through(double x, double y, double slope) {
    return new Line(x - slope * y, slope);
  }

  /** A straight cut {@code x = at + slope × y} (at pixel centres). */
  record Line(double at, double slope) implements Cut {
    @Override
    public double at(int y) {
      return at + slope * (y + 0.5);
    }
  }

  /**
   * A curved cut: in row {@code top + k} the pixels left of column {@code columns[k]} are left of it;
   * rows above and below the path keep its first and last boundary.
   */
  final class Path implements Cut {
    private final int top;
    private final int[] columns;

    Path(int top, int[] columns) {
      this.top = top;
      this.columns = columns.clone();
    }

    @Override
    public double at(int y) {
      return columns[Math.clamp(y - top, 0, columns.length - 1)];
    }
  }
}

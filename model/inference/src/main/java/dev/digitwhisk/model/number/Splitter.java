package dev.digitwhisk.model.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ways to cut a candidate that may be more than one digit: two digits that touch are one piece of ink.
 * Cuts run through the columns where the ink is thinnest (valleys of the column projection), upright,
 * slanted, or curved along the least ink ({@link CurvedCut}); every option is read, and whether to cut
 * at all, and where, is {@link TouchJudge}'s and {@link Trial#surest}'s to say. A piece wide enough for
 * three or more digits is cut at the valleys nearest to equal shares.
 */
final class Splitter {
  /**
   * Narrower than this ({@link #aspect}) is one digit: nothing to try. Below it lie 3 % of touching
   * pairs in numbers made from MNIST training digits, and half of their single digits.
   */
  static final double SPLIT_FROM = 0.8;
  /** At least this wide holds three digits or more. */
  static final double MANY = 2.2;
  /** A typical digit's width / height, to guess how many digits a very wide piece holds. */
  private static final double DIGIT_ASPECT = 0.7;
  /** Slants tried through each valley (columns per row; handwriting leans either way). */
  private static final double[] SLOPES = {0, -0.25, 0.25};
  /** Valleys tried per two-way cut. */
  private static final int TRIED = 4;
  /** Curved cuts may wander these shares of the candidate's width either side of their valley. */
  private static final double[] CURVE_REACH = {0.15, 0.3};
  /** A side lighter than this share of the piece is a stroke's tip, not a digit. */
  private static final double MIN_SIDE_MASS = 0.12;

  private Splitter() {}

  /** Ways to cut the candidate, each its parts left to right; none when it is narrow enough for one digit. */
  static List<CutOption> options(Sheet sheet, Blob b, int typical) {
    double aspect = aspect(b, typical);
    if (aspect < SPLIT_FROM) {
      return List.of();
    }
    double[] columns = smooth(sheet.columns(b));
    int w = columns.length;
    if (aspect >= MANY) {
      int n = (int) Math.clamp(Math.round(aspect / DIGIT_ASPECT), 3, NumberReader.MAX_DIGITS);
      List<Blob> parts = new ArrayList<>(n);
      double crossed = 0;
      Cut from = b.from();
      for (int k = 1; k <= n; k++) {
        Cut to = k == n ? b.to()
            : Cut.through(b.x0() + valley(columns, (int) ((k - 0.5) * w / n), (int) ((k + 0.5) * w / n)), 0, 0);
        crossed += k == n ? 0 : sheet.crossed(b, to) / (n - 1);
        Blob part = sheet.cut(b, from, to);
        if (part != null) {
          parts.add(part);
        }
        from = to;
      }
      return parts.size() > 1 ? List.of(new CutOption(parts, crossed)) : List.of();
    }
    List<CutOption> options = new ArrayList<>();
    int[] cuts = IntStream.range((int) (0.2 * w), (int) Math.ceil(0.8 * w))
        .filter(x -> x > 0 && x < w - 1 && columns[x] <= columns[x - 1] && columns[x] <= columns[x + 1])
        .boxed()
        .sorted(Comparator.comparingDouble(x -> columns[x]))
        .mapToInt(Integer::intValue)
        .toArray();
    List<Integer> tried = new ArrayList<>();
    for (int cut : cuts) {
      if (tried.size() == TRIED) {
        break;
      }
      if (tried.stream().anyMatch(t -> Math.abs(t - cut) < 2)) {
        continue;
      }
      tried.add(cut);
      for (double slope : SLOPES) {
        addTwoWay(sheet, b, Cut.through(b.x0() + cut, (b.y0() + b.y1()) / 2.0, slope), options);
      }
      for (double share : CURVE_REACH) {
        int reach = Math.max(2, (int) (share * w));
        addTwoWay(sheet, b, CurvedCut.through(sheet, b, cut - reach, cut + reach + 1), options);
      }
    }
    return options;
  }

  /** Adds the cut's two sides as an option when both hold enough of the candidate's ink to be digits. */
  private static void addTwoWay(Sheet sheet, Blob b, Cut line, List<CutOption> options) {
    Blob left = sheet.cut(b, b.from(), line);
    Blob right = sheet.cut(b, line, b.to());
    if (left != null && right != null && Math.min(left.mass(), right.mass()) >= MIN_SIDE_MASS * b.mass()) {
      options.add(new CutOption(List.of(left, right), sheet.crossed(b, line)));
    }
  }

  /**
   * Width over height, the height being at least the picture's typical digit height: a short digit
   * (a low 2, a flat 4) is not taken for two.
   */
  static double aspect(Blob b, int typical) {
    return (double) b.width() / Math.max(b.height(), typical);
  }

  /** The column of least ink in {@code from..to-1}. */
  private static int valley(double[] columns, int from, int to) {
    int best = Math.clamp(from, 1, columns.length - 1);
    for (int x = Math.max(1, from); x < Math.min(columns.length - 1, to); x++) {
      if (columns[x] < columns[best]) {
        best = x;
      }
    }
    return best;
  }

  /** A 3-wide moving average, so one noisy column is no valley. */
  private static double[] smooth(double[] c) {
    double[] out = new double[c.length];
    for (int x = 0; x < c.length; x++) {
      double sum = 0;
      int n = 0;
      for (int d = -1; d <= 1; d++) {
        if (x + d >= 0 && x + d < c.length) {
          sum += c[x + d];
          n++;
        }
      }
      out[x] = sum / n;
    }
    return out;
  }
}

package dev.digitwhisk.model.number;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether a candidate wide enough to be cut is two touching digits or one wide digit. The
 * model is sure of nearly anything it is shown, two touching digits read as one included, so its
 * confidence alone cannot say; a small logistic judge weighs the candidate's shape beside it: its
 * width for its height and against its neighbours', its ink against theirs, how sure the model is of
 * it whole and of its best cut's parts, and how much ink that cut crosses (two digits touch at a
 * point; a cut through one digit crosses its strokes). The weights were fitted on numbers made from
 * MNIST training digits ({@code TouchJudgeFitting} in the tests). A candidate with no neighbours of
 * ordinary width has its own weights, and its bar is set just above every MNIST training digit, so
 * that a picture of one digit is all but never cut (2 of the 10,000 test digits are).
 */
final class TouchJudge {
  /**
   * Features: 1; aspect; width, ink and height against the other candidates' medians; logit of the
   * model's confidence in the whole; mean and least logit of the surest cut's parts; ink the cut
   * crosses; the squared width against the others' and the crossed ink's logarithm, for their bends;
   * the shorter part's height and the lighter part's ink against the whole's (two touching digits
   * cut apart are two full-height digits; one digit cut gives fragments); how far the parts' widths
   * are from the other candidates' median.
   */
  static final int FEATURES = 14;
  /** Weights for a candidate among others. */
  static final double[] AMONG = {-21.3104, 5.8664, 1.4551, 0.8989, 6.1245, -0.5257, 0.7256, -0.3006, 0.0187, -0.2520, -1.0391, 4.4419, 0.4783, -0.6138};
  /** Weights for a lone candidate (the features against other candidates are 0). */
  static final double[] LONE = {-12.8386, 4.7669, 0, 0, 0, -0.6036, 0.7813, 0.5912, 0.0739, 0, -1.2907, 4.7729, -1.0719, 0};
  /** A candidate among others is cut when the judge's probability reaches this. */
  static final double AMONG_AT = 0.5097;
  /** A lone candidate is cut when the judge's probability reaches this. */
  static final double LONE_AT = 0.9527;
  private static final double MAX_LOGIT = 16;
  /** A candidate narrower than this share of its height is a stroke (a 1), not a measure of digit width. */
  private static final double STROKE = 0.4;
  /** Keeps the logarithm of a cut through no ink finite. */
  private static final double CROSSED_FLOOR = 0.05;

  private TouchJudge() {}

  /**
   * Whether the candidate is judged alone: when no other candidate is a digit of ordinary width. A
   * stroke (a 1) says nothing of how wide a digit of this picture is: beside 1s an ordinary 7 is many
   * times as wide as its neighbours.
   */
  static boolean lone(Trial t, List<Trial> all) {
    return peers(t, all).isEmpty();
  }

  /** The other candidates that are not strokes: those that tell a digit's usual width and ink. */
  private static List<Blob> peers(Trial t, List<Trial> all) {
    return all.stream().filter(o -> o != t).map(o -> o.whole().blob())
        .filter(b -> b.width() >= STROKE * b.height()).toList();
  }

  /** Whether the trial's candidate is cut, its surest option taken. */
  static boolean cut(Trial t, List<Trial> all, int typical) {
    boolean lone = lone(t, all);
    double p = probability(features(t, all, typical), lone ? LONE : AMONG);
    return p >= (lone ? LONE_AT : AMONG_AT);
  }

  static double probability(double[] f, double[] weights) {
    double z = 0;
    for (int k = 0; k < f.length; k++) {
      z += f[k] * weights[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The judge's features of a trial that has at least one cut option. */
  static double[] features(Trial t, List<Trial> all, int typical) {
    Blob b = t.whole().blob();
    double[] f = new double[FEATURES];
    f[0] = 1;
    f[1] = Splitter.aspect(b, typical);
    List<Blob> peers = peers(t, all);
    if (!peers.isEmpty()) {
      f[2] = b.width() / median(peers, Blob::width);
      f[3] = b.mass() / median(peers, Blob::mass);
      f[4] = (double) b.height() / typical;
    }
    f[5] = logit(t.whole().prediction().confidence());
    int best = t.surest();
    double sum = 0;
    for (Part p : t.cuts().get(best)) {
      sum += logit(p.prediction().confidence());
    }
    f[6] = sum / t.cuts().get(best).size();
    f[7] = t.options().get(best).crossed();
    f[8] = t.cuts().get(best).stream().mapToDouble(p -> logit(p.prediction().confidence())).min().orElseThrow();
    f[9] = f[2] * f[2];
    f[10] = Math.log(f[7] + CROSSED_FLOOR);
    List<Part> parts = t.cuts().get(best);
    f[11] = parts.stream().mapToInt(p -> p.blob().height()).min().orElseThrow() / (double) b.height();
    f[12] = parts.stream().mapToDouble(p -> p.blob().mass()).min().orElseThrow() / b.mass();
    if (!peers.isEmpty()) {
      double width = median(peers, Blob::width);
      f[13] = parts.stream().mapToDouble(p -> Math.abs(Math.log(p.blob().width() / width))).max().orElseThrow();
    }
    return f;
  }

  private static double median(List<Blob> blobs, ToDoubleFunction<Blob> measure) {
    double[] values = blobs.stream().mapToDouble(measure).sorted().toArray();
    return Math.max(1e-9, values[values.length / 2]);
  }

  static double logit(double p) {
    return Math.clamp(Math.log(p / (1 - p)), -MAX_LOGIT, MAX_LOGIT);
  }
}

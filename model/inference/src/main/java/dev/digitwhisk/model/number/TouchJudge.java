package dev.digitwhisk.model.number;

import java.util.List;

/**
 * Decides whether a candidate wide enough to be cut is two touching digits or one wide digit. The
 * model is sure of nearly anything it is shown, two touching digits read as one included, so its
 * confidence alone cannot say; a small logistic judge weighs the candidate's shape beside it: its
 * width for its height and against its neighbours', its ink against theirs, how sure the model is of
 * it whole and of its best cut's parts, and how much ink that cut crosses (two digits touch at a
 * point; a cut through one digit crosses its strokes). The weights were fitted on numbers made from
 * MNIST training digits ({@code TouchJudgeFitting} in the tests). A candidate with no neighbours
 * has its own weights, and its bar is set so that no MNIST training digit is cut: a picture of one
 * digit reads exactly as the single-digit path reads it.
 */
final class TouchJudge {
  /**
   * Features: 1; aspect; width, ink and height against the other candidates' medians; logit of the
   * model's confidence in the whole; mean and least logit of the surest cut's parts; ink the cut
   * crosses; the squared width against the others' and the crossed ink's logarithm, for their bends.
   */
  static final int FEATURES = 11;
  /** Weights for a candidate among others. */
  static final double[] AMONG = {-4.4744, 0.4218, 0.2852, 0.7761, 0.1749, -0.5804, 0.4307, -0.3277, 0.2283, 0.4953, -0.3930};
  /** Weights for a lone candidate (the features against other candidates are 0). */
  static final double[] LONE = {-3.5066, 0.2473, 0, 0, 0, -0.6176, 0.4575, -0.1899, 0.2696, 0, -0.3158};
  /** A candidate among others is cut when the judge's probability reaches this. */
  static final double AMONG_AT = 0.6886;
  /** A lone candidate is cut when the judge's probability reaches this. */
  static final double LONE_AT = 0.8109;
  private static final double MAX_LOGIT = 12;
  /** Keeps the logarithm of a cut through no ink finite. */
  private static final double CROSSED_FLOOR = 0.05;

  private TouchJudge() {}

  /** Whether the trial's candidate is cut, its surest option taken. */
  static boolean cut(Trial t, List<Trial> all, int typical) {
    boolean lone = all.size() == 1;
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
    if (all.size() > 1) {
      f[2] = b.width() / othersMedian(t, all, Blob::width);
      f[3] = b.mass() / othersMedian(t, all, Blob::mass);
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
    return f;
  }

  private static double othersMedian(Trial t, List<Trial> all, java.util.function.ToDoubleFunction<Blob> measure) {
    double[] values = all.stream().filter(o -> o != t).mapToDouble(o -> measure.applyAsDouble(o.whole().blob())).sorted().toArray();
    return Math.max(1e-9, values[values.length / 2]);
  }

  private static double logit(double p) {
    return Math.clamp(Math.log(p / (1 - p)), -MAX_LOGIT, MAX_LOGIT);
  }
}

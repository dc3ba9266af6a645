package dev.digitwhisk.model.number;

import java.util.List;

/**
 * Chooses which of a candidate's cut options reads two touching digits right. The parts the model is
 * surest of are not always the right ones (a cut that shaves a stroke off one digit can leave two
 * parts each read with confidence); a small logistic judge weighs that confidence beside the parts'
 * shape: how evenly the cut shares the width, whether both parts are full height and hold real ink,
 * how much their boxes overlap (a curved cut around a stroke) and how wide the widest part still is,
 * and how much ink the cut crosses. Its weights were fitted on numbers made from MNIST training digits
 * ({@code TouchJudgeFitting} in the tests), each option labelled by whether its parts read the pair's
 * two digits.
 */
final class CutJudge {
  /**
   * Features: 1; mean and least logit of the parts' confidence; ink the cut crosses and its logarithm;
   * narrowest over widest part; shortest and lightest part against the whole; overlap of the parts'
   * boxes against the whole's width; the widest part's width over its height.
   */
  static final int FEATURES = 10;
  static final double[] WEIGHTS = {-7.2619, 0.3187, 0.2327, 1.1094, -0.6986, 2.1409, 1.3357, 3.7760, -2.8122, 0.4778};
  /** Keeps the logarithm of a cut through no ink finite. */
  private static final double CROSSED_FLOOR = 0.05;

  private CutJudge() {}

  /** The judge's score (a logit) that option {@code k} of the trial reads its digits right. */
  static double score(Trial t, int k) {
    double[] f = features(t, k);
    double z = 0;
    for (int i = 0; i < f.length; i++) {
      z += f[i] * WEIGHTS[i];
    }
    return z;
  }

  static double[] features(Trial t, int k) {
    Blob whole = t.whole().blob();
    List<Part> parts = t.cuts().get(k);
    double[] f = new double[FEATURES];
    f[0] = 1;
    double sum = 0;
    double least = Double.POSITIVE_INFINITY;
    double widths = 0;
    double narrowest = Double.POSITIVE_INFINITY;
    double widest = 0;
    double widestAspect = 0;
    double shortest = Double.POSITIVE_INFINITY;
    double lightest = Double.POSITIVE_INFINITY;
    for (Part p : parts) {
      Blob b = p.blob();
      double logit = TouchJudge.logit(p.prediction().confidence());
      sum += logit;
      least = Math.min(least, logit);
      widths += b.width();
      narrowest = Math.min(narrowest, b.width());
      widest = Math.max(widest, b.width());
      widestAspect = Math.max(widestAspect, (double) b.width() / Math.max(1, b.height()));
      shortest = Math.min(shortest, b.height());
      lightest = Math.min(lightest, b.mass());
    }
    f[1] = sum / parts.size();
    f[2] = least;
    f[3] = t.options().get(k).crossed();
    f[4] = Math.log(f[3] + CROSSED_FLOOR);
    f[5] = narrowest / Math.max(1, widest);
    f[6] = shortest / whole.height();
    f[7] = lightest / whole.mass();
    f[8] = (widths - whole.width()) / whole.width();
    f[9] = widestAspect;
    return f;
  }
}

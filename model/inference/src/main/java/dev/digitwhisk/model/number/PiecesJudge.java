package dev.digitwhisk.model.number;

import java.util.List;

/**
 * Decides whether a picture's two candidates are one digit drawn in two pieces (a 4's two strokes, a
 * 5's flag, a broken 8) that {@link Segmenter} left apart, or two digits: a small logistic judge over
 * how the pieces sit (the width of both together for their height, the gap or overlap between them,
 * how their heights and ink compare, how many columns they share) and what the model says of each
 * piece and of all the ink read as one digit. When it says one digit, the picture is read exactly as
 * the single-digit path reads it. Its weights were fitted on MNIST training digits and two-digit
 * numbers made from them ({@code TouchJudgeFitting} in the tests).
 */
final class PiecesJudge {
  /** Features: 1; width / height together; gap / height; height ratio; ink ratio; logit of all the ink as one digit; mean and least logit of the pieces; shared columns / narrower width. */
  static final int FEATURES = 9;
  static final double[] WEIGHTS = {9.3389, -6.2639, -2.4737, -2.8835, -1.0553, 0.4169, -0.5929, 0.0601, 3.4726};
  /** Read as one digit when the judge's probability reaches this. */
  static final double AT = 0.5;

  private PiecesJudge() {}

  static boolean oneDigit(Part together, List<Trial> pieces) {
    return TouchJudge.probability(features(together, pieces), WEIGHTS) >= AT;
  }

  /** The features of two candidates ({@code pieces}, left to right) and of their ink read as one. */
  static double[] features(Part together, List<Trial> pieces) {
    Blob a = pieces.get(0).whole().blob();
    Blob b = pieces.get(1).whole().blob();
    Blob all = together.blob();
    double height = all.height();
    double[] f = new double[FEATURES];
    f[0] = 1;
    f[1] = all.width() / height;
    f[2] = (Math.max(a.x0(), b.x0()) - Math.min(a.x1(), b.x1())) / height;
    f[3] = (double) Math.min(a.height(), b.height()) / Math.max(a.height(), b.height());
    f[4] = Math.min(a.mass(), b.mass()) / Math.max(a.mass(), b.mass());
    f[5] = TouchJudge.logit(together.prediction().confidence());
    double la = TouchJudge.logit(pieces.get(0).whole().prediction().confidence());
    double lb = TouchJudge.logit(pieces.get(1).whole().prediction().confidence());
    f[6] = (la + lb) / 2;
    f[7] = Math.min(la, lb);
    f[8] = Math.max(0, -f[2] * height) / Math.min(a.width(), b.width());
    return f;
  }
}

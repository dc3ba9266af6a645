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
 * that a picture of one digit is all but never cut (1 of the 10,000 test digits is). The bar for a
 * candidate among others is set on held-out halves of the training numbers, as weights over products
 * of features fit their own training rows more closely than new ones.
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
  /**
   * The features the judge of a candidate among others weighs, with every product of two of them (a
   * straight line through the features parts pairs from digits less well: how wide a candidate may be
   * depends on how sure the model is of it, and so on); the squared width is among the products.
   */
  static final int[] AMONG_USES = {1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13};
  /** The features the judge of a lone candidate weighs, with their products: those not against other candidates. */
  static final int[] LONE_USES = {1, 5, 6, 7, 8, 10, 11, 12};
  /** Weights for a candidate among others, over {@link #quadratic} of {@link #AMONG_USES}. */
  static final double[] AMONG = {-24.2947, 2.13965, -0.614365, 0.966955, 5.49346, -0.177644, -0.363880, 1.12059, -0.225144, 0.403714, 0.974644, 0.812420, 0.777234, 2.25470, 1.53006, 1.30412, 2.67373, -0.0913061, 0.0358701, -0.0478268, -0.00449908, -0.318304, -0.252772, -0.0521055, -3.27162, -0.677562, 0.290773, 0.827486, 0.0152768, -0.0685075, -0.469728, -0.0358042, 0.382823, 1.15450, -2.85542, 1.52244, -0.434768, 0.240290, -0.0596678, -0.0872346, -0.155869, 0.0355233, -0.878773, 0.661546, -1.08202, -0.163686, 6.07548, -0.122439, -0.264089, 0.885914, -0.207737, -0.485652, -1.77988, -1.88365, 0.661105, 0.0155231, -0.0136735, 0.0153238, 0.0101820, 0.0454463, -0.222445, -0.0174877, -0.110536, 0.0619822, -0.178766, 0.0318316, -0.00654508, 0.514392, 0.876057, 0.199923, -0.206078, -0.204153, 0.751170, -0.0751383, 1.16924, 1.04467, 0.00745497, 0.100998, 0.516730, -0.0231795, -0.182913, -0.179252, -0.911478, -1.13238, -0.582481, -1.24147, 9.52001, 1.05350, -5.14452, -8.21551, 0.229366};
  /** Weights for a lone candidate, over {@link #quadratic} of {@link #LONE_USES}. */
  static final double[] LONE = {-8.29161, 8.52125, -0.436004, -0.775175, -0.565410, -0.594878, -1.68063, 0.341086, -8.55669, -2.74596, -0.261994, 0.451185, 4.42483, 0.108502, 0.0787766, 1.36629, -3.86203, 0.0135869, -0.00546873, -0.0695823, 0.00670797, -0.0391068, -0.00598056, -0.161907, 0.0505957, 0.0168261, 0.0364549, -0.0438476, 0.171755, 0.526677, -0.244868, -0.0806768, 1.57426, 0.753487, -4.23472, -0.00693043, 0.0523413, 0.253191, 0.456257, -0.659512, -2.00587, -1.59469, -1.36959, 10.5861, -2.15036};
  /** A candidate among others is cut when the judge's probability reaches this. */
  static final double AMONG_AT = 0.5680;
  /** A lone candidate is cut when the judge's probability reaches this. */
  static final double LONE_AT = 0.9592;
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
    double p = probability(quadratic(features(t, all, typical), lone ? LONE_USES : AMONG_USES), lone ? LONE : AMONG);
    return p >= (lone ? LONE_AT : AMONG_AT);
  }

  /** 1, the used features, then the product of every two of them (each with itself too), in order. */
  static double[] quadratic(double[] f, int[] uses) {
    int n = uses.length;
    double[] q = new double[1 + n + n * (n + 1) / 2];
    q[0] = 1;
    int at = 1;
    for (int i : uses) {
      q[at++] = f[i];
    }
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        q[at++] = f[uses[i]] * f[uses[j]];
      }
    }
    return q;
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

package dev.digitwhisk.model;

/**
 * Separates ink from what is left of the background (paper grain, JPEG ringing, sensor noise): Otsu's
 * threshold splits the levels, a soft ramp from just above the noise to the typical ink level keeps
 * anti-aliased edges while zeroing the background, and specks far from the digit are dropped. An
 * image with no real stroke left is refused rather than guessed at.
 */
final class InkCleaner {
  private static final int BINS = 256;
  /** Ink covering more than this share of the picture is texture or noise, not a drawn digit. */
  private static final float MAX_COVERAGE = 0.6f;
  /**
   * Full ink is this quantile of the pixels above Otsu's threshold: the pen's own level, not diluted
   * by fainter things that also stand out from the paper (ruled lines, a pencil's smudges).
   */
  private static final double INK_QUANTILE = 0.8;

  private InkCleaner() {}

  static Gray clean(Gray s) throws NoDigitFoundException {
    int[] histogram = new int[BINS];
    for (float f : s.v) {
      histogram[bin(Math.min(1f, f))]++;
    }
    int otsu = otsu(histogram, s.v.length);
    float cut = (otsu + 0.5f) / (BINS - 1);
    float inkLevel = quantile(histogram, otsu + 1, BINS, INK_QUANTILE);
    float backgroundLevel = quantile(histogram, 0, otsu + 1, 0.5);
    float noise = spread(s.v, cut, backgroundLevel);
    if (Float.isNaN(inkLevel) || inkLevel - backgroundLevel < 0.25f) {
      throw InkExtractor.blank();
    }
    float low = backgroundLevel + Math.max(3 * noise, 0.05f * (inkLevel - backgroundLevel));
    float high = Math.max(low + 0.05f, inkLevel);
    Gray out = new Gray(s.width, s.height);
    int inked = 0;
    float gain = 1f / (high - low);
    for (int i = 0; i < s.v.length; i++) {
      float v = Math.clamp((s.v[i] - low) * gain, 0f, 1f);
      out.v[i] = v;
      if (v > 0.5f) {
        inked++;
      }
    }
    if (inked > MAX_COVERAGE * s.v.length) {
      throw new NoDigitFoundException(
          "No digit found: the image is covered in texture or noise rather than a drawing on a plain background.");
    }
    return Components.keepDigit(out);
  }

  /** The {@code q}-quantile of values in 0..1, to 1/1024 precision (a histogram, not a sort). */
  static float percentile(float[] values, float q) {
    int bins = 1024;
    int[] histogram = new int[bins];
    for (float v : values) {
      histogram[Math.clamp((int) (v * (bins - 1) + 0.5f), 0, bins - 1)]++;
    }
    long target = (long) Math.ceil(q * values.length);
    long seen = 0;
    for (int b = 0; b < bins; b++) {
      seen += histogram[b];
      if (seen >= Math.max(1, target)) {
        return b / (float) (bins - 1);
      }
    }
    return 1;
  }

  private static int bin(float f) {
    return Math.clamp((int) (f * (BINS - 1) + 0.5f), 0, BINS - 1);
  }

  /** Otsu's method: the split maximising the between-class variance. */
  static int otsu(int[] histogram, int total) {
    double sumAll = 0;
    for (int i = 0; i < BINS; i++) {
      sumAll += (double) i * histogram[i];
    }
    double sumBelow = 0;
    long below = 0;
    double best = -1;
    int split = 0;
    for (int t = 0; t < BINS - 1; t++) {
      below += histogram[t];
      sumBelow += (double) t * histogram[t];
      long above = total - below;
      if (below == 0 || above == 0) {
        continue;
      }
      double m0 = sumBelow / below;
      double m1 = (sumAll - sumBelow) / above;
      double between = (double) below * above * (m0 - m1) * (m0 - m1);
      if (between > best) {
        best = between;
        split = t;
      }
    }
    return split;
  }

  /** The {@code q}-quantile of the histogram's bins {@code from..to-1}, as a level; NaN if empty. */
  private static float quantile(int[] histogram, int from, int to, double q) {
    long count = 0;
    for (int i = from; i < to; i++) {
      count += histogram[i];
    }
    if (count == 0) {
      return Float.NaN;
    }
    long seen = 0;
    for (int i = from; i < to; i++) {
      seen += histogram[i];
      if (seen >= q * count) {
        return i / (float) (BINS - 1);
      }
    }
    return (to - 1) / (float) (BINS - 1);
  }

  /**
   * How noisy the paper is: the median absolute deviation of the pixels below the cut, scaled to a
   * standard deviation. The median ignores the anti-aliased stroke edges that also fall below the cut.
   */
  private static float spread(float[] v, float cut, float level) {
    int[] histogram = new int[BINS];
    long n = 0;
    for (float f : v) {
      if (f <= cut) {
        histogram[bin(Math.abs(f - level))]++;
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    long seen = 0;
    for (int b = 0; b < BINS; b++) {
      seen += histogram[b];
      if (seen * 2 >= n) {
        return 1.4826f * b / (BINS - 1);
      }
    }
    return 0;
  }
}

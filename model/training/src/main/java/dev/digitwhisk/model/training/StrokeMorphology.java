package dev.digitwhisk.model.training;

/**
 * Bolder or thinner pens: grayscale dilation / erosion with a 3×3 cross, blended with the original
 * by {@code strength} (0..1) so a stroke grows or shrinks by a fraction of a pixel to one pixel.
 */
final class StrokeMorphology {
  private static final int N = DigitData.SIDE;
  /** Erosion must leave at least this share of the ink, else thin digits would vanish. */
  private static final double MIN_INK_KEPT = 0.6;

  private StrokeMorphology() {}

  static float[] dilate(float[] image, float strength) {
    return blend(image, morph(image, true), strength);
  }

  /** Erodes, unless that would take away more than 40 % of the ink (thin strokes stay as they are). */
  static float[] erodeIfInkSurvives(float[] image, float strength) {
    float[] eroded = blend(image, morph(image, false), strength);
    return ink(eroded) >= MIN_INK_KEPT * ink(image) ? eroded : image;
  }

  static double ink(float[] image) {
    double sum = 0;
    for (float v : image) {
      sum += v;
    }
    return sum;
  }

  private static float[] morph(float[] in, boolean max) {
    float[] out = new float[in.length];
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        float v = in[y * N + x];
        v = pick(v, at(in, x - 1, y), max);
        v = pick(v, at(in, x + 1, y), max);
        v = pick(v, at(in, x, y - 1), max);
        v = pick(v, at(in, x, y + 1), max);
        out[y * N + x] = v;
      }
    }
    return out;
  }

  private static float pick(float a, float b, boolean max) {
    return max ? Math.max(a, b) : Math.min(a, b);
  }

  private static float at(float[] image, int x, int y) {
    return x < 0 || y < 0 || x >= N || y >= N ? 0f : image[y * N + x];
  }

  private static float[] blend(float[] a, float[] b, float t) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + t * (b[i] - a[i]);
    }
    return out;
  }
}

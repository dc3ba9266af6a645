package dev.digitwhisk.model.robustness;

/** Pearson correlation of two images' pixels: 1 = the same picture up to brightness and contrast. */
public final class Similarity {
  private Similarity() {}

  public static double correlation(float[] a, float[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= a.length;
    mb /= b.length;
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += (a[i] - ma) * (b[i] - mb);
      aa += (a[i] - ma) * (a[i] - ma);
      bb += (b[i] - mb) * (b[i] - mb);
    }
    return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
  }

  /** The best correlation of {@code a} with {@code b} moved by up to {@code reach} pixels either way (28×28). */
  public static double bestShiftedCorrelation(float[] a, float[] b, int reach) {
    double best = -1;
    for (int dy = -reach; dy <= reach; dy++) {
      for (int dx = -reach; dx <= reach; dx++) {
        float[] moved = new float[b.length];
        for (int y = 0; y < 28; y++) {
          for (int x = 0; x < 28; x++) {
            int sx = x - dx;
            int sy = y - dy;
            if (sx >= 0 && sy >= 0 && sx < 28 && sy < 28) {
              moved[y * 28 + x] = b[sy * 28 + sx];
            }
          }
        }
        best = Math.max(best, correlation(a, moved));
      }
    }
    return best;
  }
}

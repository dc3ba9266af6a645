package dev.digitwhisk.model;

/**
 * Separable resampling that anti-aliases the way MNIST's size normalisation did: when shrinking,
 * every target pixel is the exact area-weighted mean of the source pixels it covers (no pixel is
 * skipped, so thin strokes fade instead of vanishing); when enlarging, bilinear interpolation.
 */
final class Resample {
  private Resample() {}

  static Gray to(Gray src, int width, int height) {
    if (width == src.width && height == src.height) {
      return new Gray(width, height, src.v.clone());
    }
    Gray horizontal = new Gray(width, src.height);
    Weights wx = Weights.of(src.width, width);
    for (int y = 0; y < src.height; y++) {
      wx.apply(src.v, y * src.width, 1, horizontal.v, y * width, 1);
    }
    Gray out = new Gray(width, height);
    Weights wy = Weights.of(src.height, height);
    for (int x = 0; x < width; x++) {
      wy.apply(horizontal.v, x, width, out.v, x, width);
    }
    return out;
  }

  /** For each target index: the first source index and the weights of consecutive source samples. */
  private record Weights(int[] first, float[][] weights) {
    static Weights of(int srcSize, int dstSize) {
      int[] first = new int[dstSize];
      float[][] weights = new float[dstSize][];
      double scale = (double) srcSize / dstSize;
      for (int i = 0; i < dstSize; i++) {
        if (scale >= 1) {
          double start = i * scale;
          double end = start + scale;
          int s0 = (int) Math.floor(start);
          int s1 = Math.min(srcSize, (int) Math.ceil(end));
          float[] w = new float[s1 - s0];
          for (int s = s0; s < s1; s++) {
            w[s - s0] = (float) ((Math.min(end, s + 1) - Math.max(start, s)) / scale);
          }
          first[i] = s0;
          weights[i] = w;
        } else {
          double center = (i + 0.5) * scale - 0.5;
          int s0 = (int) Math.floor(center);
          float frac = (float) (center - s0);
          int a = Math.clamp(s0, 0, srcSize - 1);
          int b = Math.clamp(s0 + 1, 0, srcSize - 1);
          if (a == b) {
            first[i] = a;
            weights[i] = new float[] {1f};
          } else {
            first[i] = a;
            weights[i] = new float[] {1f - frac, frac};
          }
        }
      }
      return new Weights(first, weights);
    }

    void apply(float[] src, int srcOffset, int srcStride, float[] dst, int dstOffset, int dstStride) {
      for (int i = 0; i < first.length; i++) {
        float[] w = weights[i];
        int s = srcOffset + first[i] * srcStride;
        float acc = 0;
        for (float weight : w) {
          acc += weight * src[s];
          s += srcStride;
        }
        dst[dstOffset + i * dstStride] = acc;
      }
    }
  }
}

package dev.digitwhisk.model;

/**
 * A single-channel float image, row-major, as the preprocessing steps pass it along. In ink maps 0 is
 * background and 1 is full ink.
 */
final class Gray {
  final int width;
  final int height;
  final float[] v;

  Gray(int width, int height) {
    this(width, height, new float[width * height]);
  }

  Gray(int width, int height, float[] v) {
    if (v.length != width * height) {
      throw new IllegalArgumentException(width + "×" + height + " needs " + width * height + " values");
    }
    this.width = width;
    this.height = height;
    this.v = v;
  }

  float get(int x, int y) {
    return v[y * width + x];
  }

  float max() {
    float m = 0;
    for (float f : v) {
      m = Math.max(m, f);
    }
    return m;
  }

  double sum() {
    double s = 0;
    for (float f : v) {
      s += f;
    }
    return s;
  }

  /** Bounding box {x0, y0, x1, y1} (exclusive ends) of values above {@code threshold}, or null. */
  int[] bounds(float threshold) {
    int x0 = width;
    int y0 = height;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (v[y * width + x] > threshold) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
  }

  Gray crop(int[] box) {
    int w = box[2] - box[0];
    int h = box[3] - box[1];
    Gray out = new Gray(w, h);
    for (int y = 0; y < h; y++) {
      System.arraycopy(v, (box[1] + y) * width + box[0], out.v, y * w, w);
    }
    return out;
  }

  /** A copy with {@code pad} empty pixels on every side. */
  Gray padded(int pad) {
    Gray out = new Gray(width + 2 * pad, height + 2 * pad);
    for (int y = 0; y < height; y++) {
      System.arraycopy(v, y * width, out.v, (y + pad) * out.width + pad, width);
    }
    return out;
  }

  /** Divided by {@code level} and capped at 1: pixels at {@code level} become exactly 1. */
  Gray normalised(float level) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.min(1f, v[i] / level);
    }
    return new Gray(width, height, out);
  }
}

package dev.digitwhisk.model;

/**
 * Makes thin strokes MNIST-thick. MNIST's strokes are about an eighth of the digit's larger side wide
 * (median 0.13, measured on the training set); a 4-pixel mouse line on a 280-pixel canvas, or a
 * ball-point pen in a phone photo, is a fiftieth or less and would shrink to a faint hairline in
 * 20×20. The stroke width is estimated as {@code 2 × area / outline} on the digit's crop scaled to
 * {@value #WORK_SIDE} pixels; strokes well below MNIST's are dilated (grey-level, so edges stay soft)
 * until they reach it. Bold strokes are left alone: MNIST has plenty, and thinning them changed
 * MNIST-like digits more than it helped felt-tip ones. A crop that needs no change is passed on at
 * full resolution.
 */
final class StrokeWidth {
  static final int WORK_SIDE = 96;
  /** MNIST's typical stroke width relative to the digit's larger side (measured on the training set). */
  static final float TARGET = 0.13f;
  /** Strokes thinner than this share of the target are thickened. */
  static final float THIN = 0.6f;

  private StrokeWidth() {}

  /** The ink cropped to its bounding box, scaled down to the working size and thickened if thin. */
  static Gray normalise(Gray ink) {
    int[] box = ink.bounds(0f);
    Gray crop = ink.crop(box);
    // Small crops are enlarged too: the width estimate needs a few pixels across a stroke.
    double f = (double) WORK_SIDE / Math.max(crop.width, crop.height);
    Gray work = Resample.to(crop, Math.max(1, (int) Math.round(crop.width * f)),
        Math.max(1, (int) Math.round(crop.height * f)));
    int side = Math.max(work.width, work.height);
    work = work.normalised(Math.max(1e-6f, robustMax(work)));
    float width = estimate(work);
    float target = TARGET * side;
    if (width >= THIN * target) {
      return crop; // untouched: MnistLayout shrinks from the full-resolution crop, which is sharper
    }
    int steps = Math.round((target - width) / 2);
    Gray grown = work.padded(steps);
    for (int s = 0; s < steps; s++) {
      grown = dilate(grown, s % 2 == 0);
    }
    return grown;
  }

  /** {@code 2 × area / outline} of the pixels at least half inked: the width of a long stroke. */
  static float estimate(Gray ink) {
    int area = 0;
    int outline = 0;
    for (int y = 0; y < ink.height; y++) {
      for (int x = 0; x < ink.width; x++) {
        if (ink.get(x, y) < 0.5f) {
          continue;
        }
        area++;
        if (x == 0 || y == 0 || x == ink.width - 1 || y == ink.height - 1
            || ink.get(x - 1, y) < 0.5f || ink.get(x + 1, y) < 0.5f
            || ink.get(x, y - 1) < 0.5f || ink.get(x, y + 1) < 0.5f) {
          outline++;
        }
      }
    }
    return outline == 0 ? 0 : 2f * area / outline;
  }

  /** One step of grey dilation; alternating cross and square steps give a round-ish (octagonal) pen. */
  static Gray dilate(Gray in, boolean cross) {
    Gray out = new Gray(in.width, in.height);
    for (int y = 0; y < in.height; y++) {
      for (int x = 0; x < in.width; x++) {
        float m = in.get(x, y);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            if (cross && dx != 0 && dy != 0) {
              continue;
            }
            int nx = x + dx;
            int ny = y + dy;
            float v = nx >= 0 && ny >= 0 && nx < in.width && ny < in.height ? in.get(nx, ny) : 0f;
            m = Math.max(m, v);
          }
        }
        out.v[y * in.width + x] = m;
      }
    }
    return out;
  }

  /** The 98th percentile of the inked pixels: a full-ink level that one bright speck cannot set. */
  static float robustMax(Gray ink) {
    int[] histogram = new int[256];
    int n = 0;
    for (float f : ink.v) {
      if (f > 0) {
        histogram[Math.clamp((int) (f * 255), 0, 255)]++;
        n++;
      }
    }
    int seen = 0;
    for (int b = 255; b >= 0; b--) {
      seen += histogram[b];
      if (seen >= Math.max(1, n / 50)) {
        return (b + 1) / 256f;
      }
    }
    return 1f;
  }
}

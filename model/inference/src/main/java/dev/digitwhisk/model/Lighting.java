package dev.digitwhisk.model;

import java.util.Arrays;

/**
 * Evens out uneven lighting before anything else looks at colours: a phone photo of paper is brighter
 * near the lamp and darker towards the corners, and without this the shaded corners look like ink
 * and the bright middle like paper of another colour. Light varies smoothly, so the paper's luminance
 * is modelled as a cubic surface ({@link Surface}) fitted robustly to a {@value #GRID}-cell grid of
 * paper-side percentiles; bright paper is then divided by it (shade dims ink and paper alike), dark
 * backgrounds have it subtracted. A photo also gets a 3×3 box blur against sensor and JPEG noise (its
 * strokes are many pixels wide). A picture whose background is even already, like any digital
 * drawing, is left exactly as it is.
 */
final class Lighting {
  static final int GRID = 24;
  /** Background cells varying less than this (0..1 luminance) count as evenly lit. */
  static final double EVEN = 0.03;
  private static final int ROUNDS = 5;
  /** Smaller pictures are icons or crops, never photos with lighting to correct. */
  static final int MIN_SIDE = 64;
  static final double FLAT_SHARE = 0.4;

  private Lighting() {}

  static ColorPlanes even(ColorPlanes p) {
    int n = p.size();
    float[] lum = new float[n];
    for (int i = 0; i < n; i++) {
      lum[i] = 0.299f * p.r[i] + 0.587f * p.g[i] + 0.114f * p.b[i];
    }
    if (Math.min(p.width, p.height) < MIN_SIDE || digitalBackground(lum)) {
      return p;
    }
    float median = InkCleaner.percentile(lum, 0.5f);
    boolean darkInk = darkInk(lum, median);
    int cell = Math.max(2, (Math.max(p.width, p.height) + GRID - 1) / GRID);
    int gw = (p.width + cell - 1) / cell;
    int gh = (p.height + cell - 1) / cell;
    double[] cx = new double[gw * gh];
    double[] cy = new double[gw * gh];
    double[] level = new double[gw * gh];
    float[] buffer = new float[cell * cell];
    for (int gy = 0; gy < gh; gy++) {
      for (int gx = 0; gx < gw; gx++) {
        int count = 0;
        for (int y = gy * cell; y < Math.min(p.height, (gy + 1) * cell); y++) {
          for (int x = gx * cell; x < Math.min(p.width, (gx + 1) * cell); x++) {
            buffer[count++] = lum[y * p.width + x];
          }
        }
        Arrays.sort(buffer, 0, count);
        int i = gy * gw + gx;
        // The paper side of each cell: bright pixels when the ink is dark, dark ones otherwise.
        level[i] = buffer[(int) ((darkInk ? 0.7 : 0.3) * (count - 1))];
        cx[i] = unit((gx + 0.5) * cell, p.width);
        cy[i] = unit((gy + 0.5) * cell, p.height);
      }
    }
    if (even(level, darkInk)) {
      return p;
    }
    double[] surface = fit(cx, cy, level);
    if (surface == null) {
      return p;
    }
    double reference = paperLevel(surface, p.width, p.height);
    boolean divide = reference > 0.35;
    for (int y = 0; y < p.height; y++) {
      double[] cubic = Surface.row(surface, unit(y + 0.5, p.height));
      for (int x = 0; x < p.width; x++) {
        double ux = unit(x + 0.5, p.width);
        float light = (float) (cubic[0] + ux * (cubic[1] + ux * (cubic[2] + ux * cubic[3])));
        int i = y * p.width + x;
        if (divide) {
          float gain = (float) (reference / Math.max(0.1, light));
          p.r[i] = Math.min(1f, p.r[i] * gain);
          p.g[i] = Math.min(1f, p.g[i] * gain);
          p.b[i] = Math.min(1f, p.b[i] * gain);
        } else {
          float shift = (float) (reference - light);
          p.r[i] = Math.clamp(p.r[i] + shift, 0f, 1f);
          p.g[i] = Math.clamp(p.g[i] + shift, 0f, 1f);
          p.b[i] = Math.clamp(p.b[i] + shift, 0f, 1f);
        }
      }
    }
    p.blur3();
    return p;
  }

  /**
   * A drawing app's canvas: at least {@value #FLAT_SHARE} of the pixels share one exact level. No
   * camera produces that, and it spares digital drawings the cell statistics.
   */
  private static boolean digitalBackground(float[] lum) {
    int[] histogram = new int[4096];
    for (float v : lum) {
      histogram[Math.clamp((int) (v * 4095 + 0.5f), 0, 4095)]++;
    }
    int most = 0;
    for (int count : histogram) {
      most = Math.max(most, count);
    }
    return most >= FLAT_SHARE * lum.length;
  }

  /** Whether the pixels that differ from the typical level are mostly darker than it. */
  private static boolean darkInk(float[] lum, float median) {
    double dark = 0;
    double light = 0;
    for (float v : lum) {
      dark += Math.max(0, median - v - 0.05f);
      light += Math.max(0, v - median - 0.05f);
    }
    return dark >= light;
  }

  /** Whether the paper-side cells (the half nearest the paper, which ink never fills) sit at one level. */
  private static boolean even(double[] level, boolean darkInk) {
    double[] sorted = level.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return darkInk
        ? sorted[n - 1] - sorted[(int) (0.5 * (n - 1))] < EVEN
        : sorted[(int) (0.5 * (n - 1))] - sorted[0] < EVEN;
  }

  /** The brightest the paper gets inside the picture: the level everything is evened to. */
  private static double paperLevel(double[] surface, int width, int height) {
    double max = 0;
    for (int gy = 0; gy <= 8; gy++) {
      for (int gx = 0; gx <= 8; gx++) {
        max = Math.max(max, Surface.value(surface, gx / 4.0 - 1, gy / 4.0 - 1));
      }
    }
    return Math.min(1, max);
  }

  /** Robust least squares: refit without the cells far off the surface (they hold ink). */
  private static double[] fit(double[] x, double[] y, double[] level) {
    boolean[] use = new boolean[level.length];
    Arrays.fill(use, true);
    double[] surface = null;
    for (int round = 0; round < ROUNDS; round++) {
      double[] fitted = Surface.leastSquares(x, y, level, use);
      if (fitted == null) {
        return surface;
      }
      surface = fitted;
      double[] residual = new double[level.length];
      for (int i = 0; i < level.length; i++) {
        residual[i] = Math.abs(level[i] - Surface.value(surface, x[i], y[i]));
      }
      double sigma = 1.4826 * median(residual, use);
      int kept = 0;
      for (int i = 0; i < level.length; i++) {
        use[i] = residual[i] <= 2.5 * sigma + 0.01;
        kept += use[i] ? 1 : 0;
      }
      if (kept < 2 * Surface.TERMS) {
        return surface;
      }
    }
    return surface;
  }

  private static double median(double[] values, boolean[] use) {
    double[] kept = new double[values.length];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (use[i]) {
        kept[n++] = values[i];
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(kept, 0, n);
    return kept[n / 2];
  }

  private static double unit(double position, int size) {
    return 2 * position / size - 1;
  }
}

package dev.digitwhisk.model.robustness;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Digits as a person draws them with a mouse: one or two strokes per digit through hand-placed
 * points in a unit box (x right, y down), jittered, slanted and stretched at random, then smoothed
 * (Catmull–Rom) or kept angular where people draw corners.
 */
public final class StrokeTemplates {
  private record Stroke(boolean smooth, double[] xy) {}

  private StrokeTemplates() {}

  /** A random rendition of {@code digit} filling roughly the box {@code (x, y, w, h)}. */
  public static Path2D.Double draw(int digit, Random random, double x, double y, double w, double h) {
    double slant = random.nextGaussian() * 0.12;
    double jitter = 0.025;
    Path2D.Double path = new Path2D.Double();
    for (Stroke stroke : strokes(digit, random)) {
      int n = stroke.xy.length / 2;
      double[] px = new double[n];
      double[] py = new double[n];
      for (int i = 0; i < n; i++) {
        double u = stroke.xy[2 * i] + random.nextGaussian() * jitter;
        double v = stroke.xy[2 * i + 1] + random.nextGaussian() * jitter;
        u += slant * (0.5 - v);
        px[i] = x + u * w;
        py[i] = y + v * h;
      }
      path.moveTo(px[0], py[0]);
      for (int i = 0; i + 1 < n; i++) {
        if (!stroke.smooth) {
          path.lineTo(px[i + 1], py[i + 1]);
          continue;
        }
        int a = Math.max(0, i - 1);
        int d = Math.min(n - 1, i + 2);
        path.curveTo(
            px[i] + (px[i + 1] - px[a]) / 6, py[i] + (py[i + 1] - py[a]) / 6,
            px[i + 1] - (px[d] - px[i]) / 6, py[i + 1] - (py[d] - py[i]) / 6,
            px[i + 1], py[i + 1]);
      }
    }
    return path;
  }

  private static List<Stroke> strokes(int digit, Random random) {
    List<Stroke> s = new ArrayList<>();
    switch (digit) {
      case 0 -> s.add(new Stroke(true, oval(random)));
      case 1 -> {
        if (random.nextInt(4) == 0) {
          s.add(new Stroke(false, new double[] {0.3, 0.18, 0.55, 0.0, 0.55, 1.0}));
        } else {
          s.add(new Stroke(false, new double[] {0.55, 0.0, 0.45, 1.0}));
        }
      }
      case 2 -> s.add(new Stroke(true, new double[] {
          0.1, 0.25, 0.3, 0.03, 0.7, 0.02, 0.88, 0.25, 0.75, 0.5, 0.4, 0.75, 0.08, 1.0, 0.5, 0.97, 0.95, 0.98}));
      case 3 -> s.add(new Stroke(true, new double[] {
          0.1, 0.12, 0.45, 0.0, 0.85, 0.15, 0.75, 0.38, 0.42, 0.48, 0.8, 0.58, 0.92, 0.8, 0.6, 1.0, 0.1, 0.9}));
      case 4 -> {
        if (random.nextBoolean()) {
          s.add(new Stroke(false, new double[] {0.62, 0.0, 0.05, 0.65, 0.95, 0.65}));
          s.add(new Stroke(false, new double[] {0.68, 0.25, 0.68, 1.0}));
        } else {
          s.add(new Stroke(false, new double[] {0.15, 0.0, 0.1, 0.6, 0.9, 0.6}));
          s.add(new Stroke(false, new double[] {0.75, 0.0, 0.75, 1.0}));
        }
      }
      case 5 -> {
        s.add(new Stroke(true, new double[] {
            0.25, 0.02, 0.2, 0.45, 0.5, 0.38, 0.85, 0.55, 0.85, 0.82, 0.5, 1.0, 0.1, 0.9}));
        s.add(new Stroke(false, new double[] {0.25, 0.02, 0.85, 0.02}));
      }
      case 6 -> s.add(new Stroke(true, new double[] {
          0.75, 0.02, 0.4, 0.2, 0.15, 0.55, 0.15, 0.85, 0.45, 1.0, 0.8, 0.85, 0.8, 0.6, 0.5, 0.5, 0.18, 0.65}));
      case 7 -> s.add(new Stroke(false, new double[] {0.05, 0.03, 0.95, 0.03, 0.4, 1.0}));
      case 8 -> s.add(new Stroke(true, new double[] {
          0.8, 0.15, 0.5, 0.0, 0.2, 0.15, 0.3, 0.38, 0.7, 0.6, 0.85, 0.82, 0.5, 1.0, 0.15, 0.82, 0.3, 0.6,
          0.7, 0.38, 0.8, 0.15}));
      case 9 -> s.add(new Stroke(true, new double[] {
          0.85, 0.25, 0.55, 0.02, 0.18, 0.15, 0.2, 0.42, 0.55, 0.5, 0.85, 0.3, 0.85, 0.6, 0.8, 1.0}));
      default -> throw new IllegalArgumentException("not a digit: " + digit);
    }
    return s;
  }

  private static double[] oval(Random random) {
    int n = 13;
    double start = -Math.PI / 2 + random.nextGaussian() * 0.2;
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      // One turn plus a little overlap, counter-clockwise as most people draw a zero.
      double t = start - (2 * Math.PI + 0.3) * i / (n - 1);
      xy[2 * i] = 0.5 + 0.45 * Math.cos(t);
      xy[2 * i + 1] = 0.5 + 0.5 * Math.sin(t);
    }
    return xy;
  }
}

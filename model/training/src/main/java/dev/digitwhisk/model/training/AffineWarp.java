package dev.digitwhisk.model.training;

/**
 * An affine map of the 28×28 canvas, applied by inverse mapping with bilinear sampling, optionally
 * followed by a per-pixel displacement field (elastic distortion). Outside the source is background.
 */
final class AffineWarp {
  private static final int N = DigitData.SIDE;
  /** Inverse matrix: source = inv · (target − centre − shift) + centre. */
  private final double a;
  private final double b;
  private final double c;
  private final double d;
  private final double cx;
  private final double cy;
  private final double tx;
  private final double ty;

  private AffineWarp(double a, double b, double c, double d, double cx, double cy, double tx, double ty) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.cx = cx;
    this.cy = cy;
    this.tx = tx;
    this.ty = ty;
  }

  /**
   * Rotation by {@code angle} radians after scaling and horizontal shear, about {@code centre},
   * then a shift; the forward matrix is R·Sh·S, stored inverted for sampling.
   */
  static AffineWarp about(double[] centre, double angle, double scaleX, double scaleY, double shear, double shiftX, double shiftY) {
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    // Sh·S = [[sx, shear·sy], [0, sy]]; R·Sh·S:
    double f00 = cos * scaleX;
    double f01 = cos * shear * scaleY - sin * scaleY;
    double f10 = sin * scaleX;
    double f11 = sin * shear * scaleY + cos * scaleY;
    double det = f00 * f11 - f01 * f10;
    // The canvas centre is where the preprocessing puts the centre of mass.
    double target = (N - 1) / 2.0;
    return new AffineWarp(f11 / det, -f01 / det, -f10 / det, f00 / det, centre[0], centre[1],
        target - centre[0] + shiftX, target - centre[1] + shiftY);
  }

  /** The warped image; {@code displacement} ({dx, dy} per pixel, in target pixels) may be null. */
  float[] apply(float[] source, float[][] displacement) {
    float[] out = new float[N * N];
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        double px = x;
        double py = y;
        if (displacement != null) {
          px += displacement[0][y * N + x];
          py += displacement[1][y * N + x];
        }
        double ux = px - cx - tx;
        double uy = py - cy - ty;
        double sx = a * ux + b * uy + cx;
        double sy = c * ux + d * uy + cy;
        out[y * N + x] = bilinear(source, sx, sy);
      }
    }
    return out;
  }

  private static float bilinear(float[] image, double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double v = at(image, x0, y0) * (1 - fx) * (1 - fy) + at(image, x0 + 1, y0) * fx * (1 - fy)
        + at(image, x0, y0 + 1) * (1 - fx) * fy + at(image, x0 + 1, y0 + 1) * fx * fy;
    return (float) Math.min(1.0, Math.max(0.0, v));
  }

  private static float at(float[] image, int x, int y) {
    return x < 0 || y < 0 || x >= N || y >= N ? 0f : image[y * N + x];
  }
}

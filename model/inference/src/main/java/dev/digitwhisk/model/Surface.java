package dev.digitwhisk.model;

/** A cubic polynomial surface over {@code [-1, 1]²}: ten coefficients of 1, x, y, x², xy, y², x³, x²y, xy², y³. */
final class Surface {
  static final int TERMS = 10;

  private Surface() {}

  static double[] constant(double level) {
    double[] c = new double[TERMS];
    c[0] = level;
    return c;
  }

  static double value(double[] c, double x, double y) {
    double[] t = terms(x, y);
    double v = 0;
    for (int i = 0; i < TERMS; i++) {
      v += c[i] * t[i];
    }
    return v;
  }

  /** The surface along row {@code y} as a cubic in x: {a, b, c, d} for a + bx + cx² + dx³. */
  static double[] row(double[] c, double y) {
    return new double[] {
        c[0] + c[2] * y + c[5] * y * y + c[9] * y * y * y,
        c[1] + c[4] * y + c[8] * y * y,
        c[3] + c[7] * y,
        c[6]};
  }

  private static double[] terms(double x, double y) {
    return new double[] {1, x, y, x * x, x * y, y * y, x * x * x, x * x * y, x * y * y, y * y * y};
  }

  /** The least-squares coefficients over the points marked {@code use}, or null if they do not determine them. */
  static double[] leastSquares(double[] x, double[] y, double[] v, boolean[] use) {
    double[][] a = new double[TERMS][TERMS + 1];
    for (int i = 0; i < v.length; i++) {
      if (!use[i]) {
        continue;
      }
      double[] t = terms(x[i], y[i]);
      for (int r = 0; r < TERMS; r++) {
        for (int c = 0; c < TERMS; c++) {
          a[r][c] += t[r] * t[c];
        }
        a[r][TERMS] += t[r] * v[i];
      }
    }
    return solve(a);
  }

  /** Gauss–Jordan elimination with partial pivoting on an augmented matrix. */
  private static double[] solve(double[][] a) {
    int n = a.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-9) {
        return null;
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] out = new double[n];
    for (int r = 0; r < n; r++) {
      out[r] = a[r][n] / a[r][r];
    }
    return out;
  }
}

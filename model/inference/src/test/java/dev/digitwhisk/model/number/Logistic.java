package dev.digitwhisk.model.number;

import java.util.List;

/** Logistic regression by Newton's method (iteratively reweighted least squares) with a ridge. */
final class Logistic {
  private static final int ROUNDS = 50;

  private Logistic() {}

  /**
   * Weights for rows of {@code n} features followed by a 0/1 label; features listed in {@code unused}
   * keep weight 0 (the intercept, feature 0, is not ridged).
   */
  static double[] fit(List<double[]> rows, int n, double ridge, List<Integer> unused) {
    double[] w = new double[n];
    for (int round = 0; round < ROUNDS; round++) {
      double[][] h = new double[n][n + 1];
      for (double[] r : rows) {
        double z = 0;
        for (int k = 0; k < n; k++) {
          z += w[k] * r[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double s = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a < n; a++) {
          h[a][n] += (r[n] - p) * r[a];
          for (int b = 0; b < n; b++) {
            h[a][b] += s * r[a] * r[b];
          }
        }
      }
      for (int a = 0; a < n; a++) {
        boolean off = unused.contains(a);
        if (off) {
          java.util.Arrays.fill(h[a], 0);
          for (int b = 0; b < n; b++) {
            h[b][a] = 0;
          }
          h[a][a] = 1;
        } else if (a > 0) {
          h[a][a] += ridge * rows.size();
          h[a][n] -= ridge * rows.size() * w[a];
        }
      }
      double[] step = solve(h, n);
      double size = 0;
      for (int k = 0; k < n; k++) {
        w[k] += step[k];
        size = Math.max(size, Math.abs(step[k]));
      }
      if (size < 1e-9) {
        break;
      }
    }
    return w;
  }

  /**
   * As {@link #fit} with no unused features, each feature but the intercept first scaled to mean 0
   * and deviation 1 so that one ridge weighs features of any size alike (products of features span
   * very different ranges); the weights returned apply to the features as they were.
   */
  static double[] fitScaled(List<double[]> rows, int n, double ridge) {
    double[] mean = new double[n];
    double[] deviation = new double[n];
    for (double[] r : rows) {
      for (int k = 1; k < n; k++) {
        mean[k] += r[k] / rows.size();
      }
    }
    for (double[] r : rows) {
      for (int k = 1; k < n; k++) {
        deviation[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / rows.size();
      }
    }
    deviation[0] = 1;
    for (int k = 1; k < n; k++) {
      deviation[k] = deviation[k] > 1e-12 ? Math.sqrt(deviation[k]) : 1;
    }
    List<double[]> scaled = rows.stream().map(r -> {
      double[] x = r.clone();
      for (int k = 1; k < n; k++) {
        x[k] = (r[k] - mean[k]) / deviation[k];
      }
      return x;
    }).toList();
    double[] w = fit(scaled, n, ridge, List.of());
    for (int k = 1; k < n; k++) {
      w[k] /= deviation[k];
      w[0] -= w[k] * mean[k];
    }
    return w;
  }

  /** Solves the augmented system {@code a} (n × n+1) by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, int n) {
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] swap = a[c];
      a[c] = a[pivot];
      a[pivot] = swap;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k <= n; k++) {
          a[r][k] -= f * a[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = a[r][n];
      for (int k = r + 1; k < n; k++) {
        sum -= a[r][k] * x[k];
      }
      x[r] = sum / a[r][r];
    }
    return x;
  }
}

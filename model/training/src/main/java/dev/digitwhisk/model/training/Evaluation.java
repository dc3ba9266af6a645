package dev.digitwhisk.model.training;

import java.util.Arrays;

/** A confusion matrix ({@code counts[true][predicted]}) and what follows from it. */
public record Evaluation(int[][] counts) {
  public static final int CLASSES = 10;

  public static Evaluation of(int[] labels, int[] predicted) {
    int[][] counts = new int[CLASSES][CLASSES];
    for (int i = 0; i < labels.length; i++) {
      counts[labels[i]][predicted[i]]++;
    }
    return new Evaluation(counts);
  }

  public int total() {
    return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
  }

  public int correct() {
    int sum = 0;
    for (int i = 0; i < CLASSES; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  public double accuracy() {
    return correct() / (double) total();
  }

  /** Recall per true digit. */
  public double[] perClassAccuracy() {
    double[] out = new double[CLASSES];
    for (int i = 0; i < CLASSES; i++) {
      int row = Arrays.stream(counts[i]).sum();
      out[i] = row == 0 ? Double.NaN : counts[i][i] / (double) row;
    }
    return out;
  }

  /** The report the {@code evaluate} command prints. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append("accuracy %.2f%% (%,d of %,d correct, %d errors)%n".formatted(100 * accuracy(), correct(), total(), total() - correct()));
    double[] per = perClassAccuracy();
    out.append("per digit:");
    for (int i = 0; i < CLASSES; i++) {
      out.append("  %d: %.2f%%".formatted(i, 100 * per[i]));
    }
    out.append("%n%nconfusion matrix (rows = true digit, columns = predicted)%n      ".formatted());
    for (int j = 0; j < CLASSES; j++) {
      out.append("%6d".formatted(j));
    }
    out.append('\n');
    for (int i = 0; i < CLASSES; i++) {
      out.append("%6d".formatted(i));
      for (int j = 0; j < CLASSES; j++) {
        out.append("%6d".formatted(counts[i][j]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}

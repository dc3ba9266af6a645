package dev.digitwhisk.model.training;

/** Small helpers over rows of logits. */
final class Logits {
  private Logits() {}

  static int argmax(float[] row) {
    int best = 0;
    for (int i = 1; i < row.length; i++) {
      if (row[i] > row[best]) {
        best = i;
      }
    }
    return best;
  }

  static double accuracy(float[][] logits, int[] labels) {
    int right = 0;
    for (int i = 0; i < labels.length; i++) {
      if (argmax(logits[i]) == labels[i]) {
        right++;
      }
    }
    return right / (double) labels.length;
  }

  /** Mean softmax cross-entropy, computed stably. */
  static double crossEntropy(float[][] logits, int[] labels) {
    double total = 0;
    for (int i = 0; i < labels.length; i++) {
      float[] row = logits[i];
      double max = row[argmax(row)];
      double sum = 0;
      for (float v : row) {
        sum += Math.exp(v - max);
      }
      total += Math.log(sum) + max - row[labels[i]];
    }
    return total / labels.length;
  }
}

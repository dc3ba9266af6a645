package dev.digitwhisk.model.training;

/**
 * How closely two runtimes agree on the same digits: the largest absolute logit difference and the
 * number of digits whose predicted class differs.
 */
public record Parity(int count, double maxAbsDifference, int disagreements) {
  /** The contract: logits within this and identical predictions. */
  public static final double TOLERANCE = 1e-4;

  public static Parity compare(float[][] a, float[][] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " rows vs " + b.length);
    }
    double max = 0;
    int disagree = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
      }
      if (Logits.argmax(a[i]) != Logits.argmax(b[i])) {
        disagree++;
      }
    }
    return new Parity(a.length, max, disagree);
  }

  public boolean passes() {
    return maxAbsDifference <= TOLERANCE && disagreements == 0;
  }

  @Override
  public String toString() {
    return "parity on %,d digits: max |logit difference| %.2e (limit %.0e), %d different predictions — %s"
        .formatted(count, maxAbsDifference, TOLERANCE, disagreements, passes() ? "PASS" : "FAIL");
  }
}

package dev.digitwhisk.model.robustness;

/** How one kind of picture fared: right answers, "no digit found" refusals, and likeness to MNIST. */
public record KindResult(UserImageKind kind, int total, int correct, int refused, double meanCorrelation) {
  public double accuracy() {
    return total == 0 ? 0 : (double) correct / total;
  }
}

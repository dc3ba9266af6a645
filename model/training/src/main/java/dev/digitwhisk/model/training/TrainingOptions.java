package dev.digitwhisk.model.training;

/** Knobs of one training run; {@link #defaults()} reproduces the shipped model. */
public record TrainingOptions(
    int epochs,
    int batchSize,
    float learningRate,
    float finalLearningRate,
    int warmupSteps,
    long seed,
    int limit,
    double validationFraction,
    boolean augment) {

  public TrainingOptions {
    if (epochs < 1 || batchSize < 1) {
      throw new IllegalArgumentException("epochs and batch size must be positive");
    }
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions(20, 128, 2e-3f, 1e-5f, 300, 20261125L, 0, 0.10, true);
  }

  public TrainingOptions withEpochs(int e) {
    return new TrainingOptions(e, batchSize, learningRate, finalLearningRate, warmupSteps, seed, limit, validationFraction, augment);
  }

  public TrainingOptions withSeed(long s) {
    return new TrainingOptions(epochs, batchSize, learningRate, finalLearningRate, warmupSteps, s, limit, validationFraction, augment);
  }

  public TrainingOptions withLimit(int l) {
    return new TrainingOptions(epochs, batchSize, learningRate, finalLearningRate, warmupSteps, seed, l, validationFraction, augment);
  }

  public TrainingOptions withBatchSize(int b) {
    return new TrainingOptions(epochs, b, learningRate, finalLearningRate, warmupSteps, seed, limit, validationFraction, augment);
  }

  public TrainingOptions withLearningRate(float lr) {
    return new TrainingOptions(epochs, batchSize, lr, finalLearningRate, warmupSteps, seed, limit, validationFraction, augment);
  }

  public TrainingOptions withWarmupSteps(int w) {
    return new TrainingOptions(epochs, batchSize, learningRate, finalLearningRate, w, seed, limit, validationFraction, augment);
  }

  public TrainingOptions withAugment(boolean a) {
    return new TrainingOptions(epochs, batchSize, learningRate, finalLearningRate, warmupSteps, seed, limit, validationFraction, a);
  }

  public String optimizerDescription() {
    return "Adam (beta1 0.9, beta2 0.999), batch %d, learning rate %s with %d warm-up steps then cosine decay to %s"
        .formatted(batchSize, learningRate, warmupSteps, finalLearningRate);
  }
}

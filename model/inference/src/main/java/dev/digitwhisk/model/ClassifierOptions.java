package dev.digitwhisk.model;

/**
 * How a {@link DigitClassifier} runs. One intra-op thread per run is the default: a 28×28 CNN gains
 * nothing from splitting one image over cores, and concurrent callers then scale across cores
 * instead of fighting over ONNX Runtime's thread pool. Override the default with the system
 * property {@value #THREADS_PROPERTY}.
 */
public record ClassifierOptions(int intraOpThreads) {
  public static final String THREADS_PROPERTY = "digitwhisk.model.threads";

  public ClassifierOptions {
    if (intraOpThreads < 1) {
      throw new IllegalArgumentException("intraOpThreads must be at least 1, got " + intraOpThreads);
    }
  }

  public static ClassifierOptions defaults() {
    return new ClassifierOptions(Integer.getInteger(THREADS_PROPERTY, 1));
  }

  public ClassifierOptions withIntraOpThreads(int threads) {
    return new ClassifierOptions(threads);
  }
}

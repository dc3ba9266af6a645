package dev.digitwhisk.model.training;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.mnist.MnistFiles;
import java.util.Optional;

/** The MNIST files for tests, or a skip with the reason and how to get them. */
final class MnistData {
  private MnistData() {}

  static MnistFiles require() {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTraining() && files.get().hasTest(),
        "MNIST is not available, skipping. " + MnistFiles.HOW_TO_GET);
    return files.get();
  }
}

package dev.digitwhisk.model.training;

import dev.digitwhisk.model.mnist.MnistFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the MNIST IDX files are: {@code --data DIR}, else {@code DIGITWHISK_MNIST_DIR} or shared/data/mnist. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with the MNIST IDX files (gzip or plain). Default: $DIGITWHISK_MNIST_DIR or shared/data/mnist above the working folder.")
  Path dir;

  MnistFiles files() {
    if (dir != null) {
      return new MnistFiles(dir);
    }
    return MnistFiles.locate().orElseThrow(() -> new IllegalStateException("No MNIST folder found. " + MnistFiles.HOW_TO_GET));
  }
}

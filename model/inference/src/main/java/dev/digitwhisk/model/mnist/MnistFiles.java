package dev.digitwhisk.model.mnist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the MNIST IDX files. The data is never part of the project: it is found through the
 * {@value #ENV} environment variable (or the {@value #PROPERTY} system property), else in
 * {@code shared/data/mnist} beside the project or any folder above it. Either gzip or plain files
 * with the standard names work, so the full public 60k set can be dropped in as it is downloaded.
 */
public record MnistFiles(Path directory) {
  public static final String ENV = "DIGITWHISK_MNIST_DIR";
  public static final String PROPERTY = "digitwhisk.mnist.dir";

  /** How a user gets the data; shown wherever it is missing. */
  public static final String HOW_TO_GET =
      "Download train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and "
          + "t10k-labels-idx1-ubyte.gz (the public MNIST files, e.g. from https://yann.lecun.com/exdb/mnist/ or "
          + "a mirror) into one folder and set " + ENV + " to it.";

  public Path trainImages() {
    return file("train-images-idx3-ubyte");
  }

  public Path trainLabels() {
    return file("train-labels-idx1-ubyte");
  }

  public Path testImages() {
    return file("t10k-images-idx3-ubyte");
  }

  public Path testLabels() {
    return file("t10k-labels-idx1-ubyte");
  }

  public MnistSet readTraining() throws IOException {
    return MnistSet.read(trainImages(), trainLabels());
  }

  public MnistSet readTest() throws IOException {
    return MnistSet.read(testImages(), testLabels());
  }

  public boolean hasTraining() {
    return Files.isRegularFile(trainImages()) && Files.isRegularFile(trainLabels());
  }

  public boolean hasTest() {
    return Files.isRegularFile(testImages()) && Files.isRegularFile(testLabels());
  }

  private Path file(String stem) {
    Path gz = directory.resolve(stem + ".gz");
    return Files.exists(gz) ? gz : directory.resolve(stem);
  }

  /** The configured or discovered MNIST folder, if there is one. */
  public static Optional<MnistFiles> locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(ENV);
    }
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      if (!Files.isDirectory(dir)) {
        throw new UncheckedIOException(new IOException(ENV + " names " + dir + ", which is not a folder"));
      }
      return Optional.of(new MnistFiles(dir));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/mnist");
      if (Files.isDirectory(candidate)) {
        return Optional.of(new MnistFiles(candidate));
      }
    }
    return Optional.empty();
  }
}

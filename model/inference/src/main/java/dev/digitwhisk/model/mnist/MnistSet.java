package dev.digitwhisk.model.mnist;

import java.io.IOException;
import java.nio.file.Path;

/** Images with their labels, checked to match. */
public record MnistSet(Images images, byte[] labels) {
  public MnistSet {
    if (images.count() != labels.length) {
      throw new IllegalArgumentException(
          images.count() + " images but " + labels.length + " labels");
    }
  }

  public int size() {
    return labels.length;
  }

  public int label(int index) {
    return labels[index];
  }

  public static MnistSet read(Path imagesFile, Path labelsFile) throws IOException {
    return new MnistSet(IdxReader.readImages(imagesFile), IdxReader.readLabels(labelsFile));
  }
}

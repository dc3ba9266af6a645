package dev.digitwhisk.model.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFilesTest {
  private final String saved = System.getProperty(MnistFiles.PROPERTY);

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(MnistFiles.PROPERTY);
    } else {
      System.setProperty(MnistFiles.PROPERTY, saved);
    }
  }

  @Test
  void locate_property_namesTheFolder(@TempDir Path dir) {
    System.setProperty(MnistFiles.PROPERTY, dir.toString());

    assertThat(MnistFiles.locate()).contains(new MnistFiles(dir));
  }

  @Test
  void locate_propertyNotAFolder_failsClearly(@TempDir Path dir) {
    System.setProperty(MnistFiles.PROPERTY, dir.resolve("missing").toString());

    assertThatThrownBy(MnistFiles::locate)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("which is not a folder");
  }

  @Test
  void files_gzipPreferred_plainAccepted(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("t10k-images-idx3-ubyte.gz"), new byte[0]);
    Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[0]);
    MnistFiles files = new MnistFiles(dir);

    assertThat(files.testImages().getFileName()).hasToString("t10k-images-idx3-ubyte.gz");
    assertThat(files.testLabels().getFileName()).hasToString("t10k-labels-idx1-ubyte");
    assertThat(files.hasTest()).isTrue();
    assertThat(files.hasTraining()).isFalse();
  }

  @Test
  void readTest_sharedData_isTheTenThousandDigitTestSet() throws IOException {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTest(), "MNIST test set not found: " + MnistFiles.HOW_TO_GET);

    MnistSet test = files.get().readTest();

    assertThat(test.size()).isEqualTo(10_000);
    assertThat(test.images().rows()).isEqualTo(28);
    assertThat(test.label(0)).isEqualTo(7); // the famous first test digit
  }

  @Test
  void readTraining_sharedData_matchesItsLabels() throws IOException {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTraining(), "MNIST training set not found: " + MnistFiles.HOW_TO_GET);

    MnistSet train = files.get().readTraining();

    assertThat(train.size()).isGreaterThan(0).isEqualTo(train.images().count());
    assertThat(train.label(0)).isBetween(0, 9);
  }
}

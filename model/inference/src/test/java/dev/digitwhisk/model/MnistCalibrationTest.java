package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preprocessing's constants were measured on MNIST; these tests measure again and compare. */
class MnistCalibrationTest {
  private static MnistSet train;

  @BeforeAll
  static void load() throws IOException {
    Optional<MnistFiles> files = MnistFiles.locate();
    train = files.isPresent() && files.get().hasTraining() ? files.get().readTraining() : null;
  }

  @Test
  void centre_isWhereMnistsCentresOfMassSit() {
    assumeTrue(train != null, "MNIST training set not found: " + MnistFiles.HOW_TO_GET);
    double sx = 0;
    double sy = 0;
    int n = 3000;
    for (int k = 0; k < n; k++) {
      int[] px = train.images().image(k);
      double m = 0;
      double mx = 0;
      double my = 0;
      for (int i = 0; i < 784; i++) {
        m += px[i];
        mx += px[i] * (i % 28);
        my += px[i] * (i / 28);
      }
      sx += mx / m;
      sy += my / m;
    }
    assertThat(sx / n).isCloseTo(MnistLayout.CENTRE, within(0.15));
    assertThat(sy / n).isCloseTo(MnistLayout.CENTRE, within(0.15));
  }

  @Test
  void strokeTarget_isMnistsMedianStrokeWidth() {
    assumeTrue(train != null, "MNIST training set not found: " + MnistFiles.HOW_TO_GET);
    int n = 2000;
    float[] ratios = new float[n];
    for (int k = 0; k < n; k++) {
      Gray digit = new Gray(28, 28);
      int[] px = train.images().image(k);
      for (int i = 0; i < 784; i++) {
        digit.v[i] = px[i] / 255f;
      }
      Gray crop = digit.crop(digit.bounds(0f));
      double f = (double) StrokeWidth.WORK_SIDE / Math.max(crop.width, crop.height);
      Gray work = Resample.to(crop, (int) Math.round(crop.width * f), (int) Math.round(crop.height * f));
      ratios[k] = StrokeWidth.estimate(work) / StrokeWidth.WORK_SIDE;
    }
    Arrays.sort(ratios);

    assertThat(ratios[n / 2]).isCloseTo(StrokeWidth.TARGET, within(0.01f));
    // Only MNIST's thinnest few per cent would be thickened.
    assertThat(ratios[n / 20]).isGreaterThan(StrokeWidth.THIN * StrokeWidth.TARGET);
  }
}

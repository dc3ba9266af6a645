package dev.digitwhisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AugmenterTest {
  private final Augmenter augmenter = Augmenter.standard();

  @Test
  void apply_sameSeed_givesSameImages() {
    float[] digit = SyntheticDigits.seven(2.2f);
    Random a = new Random(42);
    Random b = new Random(42);
    for (int i = 0; i < 20; i++) {
      assertThat(augmenter.apply(digit, a)).containsExactly(augmenter.apply(digit, b));
    }
  }

  @Test
  void apply_differentSeeds_giveDifferentImages() {
    float[] digit = SyntheticDigits.seven(2.2f);
    assertThat(augmenter.apply(digit, new Random(1))).isNotEqualTo(augmenter.apply(digit, new Random(2)));
  }

  @Test
  void apply_leavesSourceUntouched() {
    float[] digit = SyntheticDigits.zero(2f);
    float[] copy = digit.clone();
    augmenter.apply(digit, new Random(3));
    assertThat(digit).containsExactly(copy);
  }

  @Test
  void apply_keepsInkOnCanvas_forDigitsFillingTheMnistBox() {
    Random random = new Random(7);
    for (float[] digit : new float[][] {SyntheticDigits.zero(2.5f), SyntheticDigits.seven(2.5f)}) {
      double inkIn = StrokeMorphology.ink(digit);
      assertThat(borderInk(digit)).isZero();
      double borderShare = 0;
      for (int i = 0; i < 500; i++) {
        float[] out = augmenter.apply(digit, random);
        double ink = StrokeMorphology.ink(out);
        // Area changes with scale (0.85²..1.15²) and pen thickness, but the digit never vanishes or floods.
        assertThat(ink / inkIn).as("ink ratio of variant %d", i).isBetween(0.45, 2.2);
        assertThat(borderInk(out) / ink).as("share of ink on the outermost pixel ring, variant %d", i)
            .isLessThanOrEqualTo(Augmenter.MAX_EDGE_INK);
        borderShare += borderInk(out) / ink / 500;
      }
      assertThat(borderShare).as("mean share of ink on the outermost ring").isLessThan(0.002);
    }
  }

  @Test
  void apply_outputStaysInPixelRange() {
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      for (float v : augmenter.apply(SyntheticDigits.zero(3f), random)) {
        assertThat(v).isBetween(0f, 1f);
      }
    }
  }

  @Test
  void erodeIfInkSurvives_thinStroke_isKept() {
    float[] thin = SyntheticDigits.seven(0.8f);
    assertThat(StrokeMorphology.erodeIfInkSurvives(thin, 1f)).containsExactly(thin);
  }

  @Test
  void dilate_thickensStrokes() {
    float[] digit = SyntheticDigits.zero(1.5f);
    assertThat(StrokeMorphology.ink(StrokeMorphology.dilate(digit, 1f))).isGreaterThan(1.5 * StrokeMorphology.ink(digit));
  }

  @Test
  void centreOfMass_ofSymmetricRing_isItsCentre() {
    double[] c = Augmenter.centreOfMass(SyntheticDigits.zero(2f));
    assertThat(c[0]).isCloseTo(14.0, org.assertj.core.data.Offset.offset(0.6));
    assertThat(c[1]).isCloseTo(14.0, org.assertj.core.data.Offset.offset(0.6));
  }

  /** Ink on the outermost ring of pixels, each pixel counted once. */
  private static double borderInk(float[] image) {
    int n = DigitData.SIDE;
    double sum = 0;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (x == 0 || y == 0 || x == n - 1 || y == n - 1) {
          sum += image[y * n + x];
        }
      }
    }
    return sum;
  }
}

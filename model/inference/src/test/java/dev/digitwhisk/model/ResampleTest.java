package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResampleTest {
  @Test
  void to_shrinking_isTheAreaMean() {
    Gray src = new Gray(4, 2, new float[] {1, 0, 0, 0, 1, 1, 0, 1});

    Gray out = Resample.to(src, 2, 1);

    assertThat(out.v[0]).isCloseTo(0.75f, within(1e-6f));
    assertThat(out.v[1]).isCloseTo(0.25f, within(1e-6f));
  }

  @Test
  void to_shrinkingByAnyFactor_keepsTheMeanInk() {
    Gray src = new Gray(97, 61);
    for (int i = 0; i < src.v.length; i++) {
      src.v[i] = (i * 7919 % 13) / 12f;
    }
    Gray out = Resample.to(src, 20, 13);

    assertThat(out.sum() / out.v.length).isCloseTo(src.sum() / src.v.length, within(1e-4));
  }

  @Test
  void to_thinLine_fadesInsteadOfVanishing() {
    Gray src = new Gray(100, 100);
    for (int y = 0; y < 100; y++) {
      src.v[y * 100 + 37] = 1f; // a one-pixel line, which nearest-neighbour would drop 9 times in 10
    }
    Gray out = Resample.to(src, 10, 10);

    assertThat(out.get(3, 5)).isCloseTo(0.1f, within(1e-5f));
  }

  @Test
  void to_enlarging_interpolates() {
    Gray src = new Gray(2, 1, new float[] {0, 1});

    Gray out = Resample.to(src, 4, 1);

    assertThat(out.v).containsExactly(new float[] {0f, 0.25f, 0.75f, 1f}, within(1e-6f));
  }
}

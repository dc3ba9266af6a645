package dev.digitwhisk.model.training;

import java.util.Arrays;
import java.util.Objects;

/** A float tensor outside any framework: shape plus row-major data. */
public record Tensor(long[] shape, float[] data) {
  public Tensor {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(data, "data");
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    if (n != data.length) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got " + data.length);
    }
  }
}

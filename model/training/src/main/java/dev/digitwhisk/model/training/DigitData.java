package dev.digitwhisk.model.training;

import dev.digitwhisk.model.mnist.MnistSet;
import java.util.Objects;

/**
 * Digits as the network sees them: 28×28 floats per image, 0..1, ink = 1 (MNIST polarity / 255),
 * flattened row-major one image after another, with their labels.
 */
public record DigitData(float[] pixels, int[] labels) {
  public static final int SIDE = 28;
  public static final int SIZE = SIDE * SIDE;

  public DigitData {
    Objects.requireNonNull(pixels, "pixels");
    Objects.requireNonNull(labels, "labels");
    if (pixels.length != labels.length * SIZE) {
      throw new IllegalArgumentException(labels.length + " labels need " + labels.length * SIZE + " pixels, got " + pixels.length);
    }
  }

  /** Converts an IDX set (28×28 images only). */
  public static DigitData of(MnistSet set) {
    if (set.images().rows() != SIDE || set.images().cols() != SIDE) {
      throw new IllegalArgumentException("expected 28×28 images, got " + set.images().rows() + "×" + set.images().cols());
    }
    byte[] raw = set.images().pixels();
    float[] pixels = new float[raw.length];
    for (int i = 0; i < raw.length; i++) {
      pixels[i] = (raw[i] & 0xff) / 255f;
    }
    int[] labels = new int[set.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = set.label(i);
    }
    return new DigitData(pixels, labels);
  }

  public int size() {
    return labels.length;
  }

  /** Images {@code from} (inclusive) to {@code to} (exclusive) as a new set. */
  public DigitData range(int from, int to) {
    Objects.checkFromToIndex(from, to, size());
    float[] p = new float[(to - from) * SIZE];
    System.arraycopy(pixels, from * SIZE, p, 0, p.length);
    int[] l = new int[to - from];
    System.arraycopy(labels, from, l, 0, l.length);
    return new DigitData(p, l);
  }

  /** Copies image {@code index} into {@code target} at {@code offset}. */
  public void copyImage(int index, float[] target, int offset) {
    System.arraycopy(pixels, index * SIZE, target, offset, SIZE);
  }

  /** A copy of image {@code index}. */
  public float[] image(int index) {
    float[] out = new float[SIZE];
    copyImage(index, out, 0);
    return out;
  }
}

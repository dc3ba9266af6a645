package dev.digitwhisk.model;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Objects;

/**
 * Exactly what the model sees: 28×28 floats, row-major, 0.0 = background and 1.0 = full ink (MNIST's
 * white-on-black scaled to 0..1). The MNIST mean/std normalisation lives inside the ONNX graph.
 */
public record ModelInput(float[] pixels) {
  public static final int SIDE = 28;
  public static final int SIZE = SIDE * SIDE;

  public ModelInput {
    Objects.requireNonNull(pixels, "pixels");
    if (pixels.length != SIZE) {
      throw new IllegalArgumentException("a model input holds 784 pixels (28×28), got " + pixels.length);
    }
    pixels = pixels.clone();
    for (float p : pixels) {
      if (!(p >= 0f && p <= 1f)) {
        throw new IllegalArgumentException("pixels must lie in 0..1, got " + p);
      }
    }
  }

  /** An MNIST IDX image (0..255, 0 = background) as model input. */
  public static ModelInput ofMnist(int[] pixels0to255) {
    if (pixels0to255.length != SIZE) {
      throw new IllegalArgumentException("an MNIST image holds 784 pixels, got " + pixels0to255.length);
    }
    float[] p = new float[SIZE];
    for (int i = 0; i < SIZE; i++) {
      p[i] = Math.clamp(pixels0to255[i], 0, 255) / 255f;
    }
    return new ModelInput(p);
  }

  @Override
  public float[] pixels() {
    return pixels.clone();
  }

  /** Pixel at {@code (row, col)}. */
  public float at(int row, int col) {
    return pixels[row * SIDE + col];
  }

  /** Copies the pixels into {@code target} at {@code offset}, for batching without extra copies. */
  void copyInto(float[] target, int offset) {
    System.arraycopy(pixels, 0, target, offset, SIZE);
  }

  /** The input as an 8-bit grayscale image, white ink on black as MNIST stores it. */
  public BufferedImage toImage() {
    BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = image.getRaster();
    for (int i = 0; i < SIZE; i++) {
      raster.setSample(i % SIDE, i / SIDE, 0, Math.round(pixels[i] * 255f));
    }
    return image;
  }

  /** PNG bytes of {@link #toImage()}, as the action's answer carries them for UIs that show what the model saw. */
  public byte[] toPng() {
    return InputPng.encode(pixels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelInput other && Arrays.equals(pixels, other.pixels);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(pixels);
  }

  @Override
  public String toString() {
    float ink = 0;
    for (float p : pixels) {
      ink += p;
    }
    return "ModelInput[28×28, ink=%.1f]".formatted(ink);
  }
}

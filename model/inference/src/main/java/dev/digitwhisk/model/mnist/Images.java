package dev.digitwhisk.model.mnist;

import java.util.Objects;

/** A block of same-sized grayscale images, row-major bytes, as stored in an IDX file (0 = background). */
public record Images(int count, int rows, int cols, byte[] pixels) {
  public Images {
    Objects.requireNonNull(pixels, "pixels");
    if ((long) count * rows * cols != pixels.length) {
      throw new IllegalArgumentException(
          "%d images of %d×%d need %d bytes, got %d".formatted(count, rows, cols, (long) count * rows * cols, pixels.length));
    }
  }

  public int imageSize() {
    return rows * cols;
  }

  /** Pixel {@code (row, col)} of image {@code index} as 0..255. */
  public int pixel(int index, int row, int col) {
    return pixels[index * imageSize() + row * cols + col] & 0xff;
  }

  /** A copy of image {@code index} as 0..255 ints. */
  public int[] image(int index) {
    int[] out = new int[imageSize()];
    int base = index * imageSize();
    for (int i = 0; i < out.length; i++) {
      out[i] = pixels[base + i] & 0xff;
    }
    return out;
  }
}

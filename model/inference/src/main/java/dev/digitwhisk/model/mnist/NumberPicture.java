package dev.digitwhisk.model.mnist;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A whole number written with MNIST digits in a row, dark ink on white paper as a person writes it,
 * and the number it shows: the input of end-to-end tests and benchmarks of number reading, made the
 * same way wherever they run. Each digit is cropped to its ink's columns, scaled, and set a fixed gap
 * after the one before, so no two digits touch.
 *
 * @param text the digits' labels in order, leading zeros kept
 * @param image the picture
 */
public record NumberPicture(String text, BufferedImage image) {
  /** Clear columns between two digits and around the number, in MNIST pixels (before scaling). */
  private static final int GAP = 6;

  /** The digits at {@code indices} of {@code set}, each MNIST pixel drawn as {@code scale}×{@code scale} pixels. */
  public static NumberPicture of(MnistSet set, int scale, int... indices) {
    if (indices.length == 0 || scale < 1) {
      throw new IllegalArgumentException("a number picture needs at least one digit and a scale of 1 or more");
    }
    Images images = set.images();
    int rows = images.rows();
    int[] from = new int[indices.length];
    int[] to = new int[indices.length];
    int width = GAP;
    StringBuilder text = new StringBuilder(indices.length);
    for (int i = 0; i < indices.length; i++) {
      from[i] = images.cols();
      for (int col = 0; col < images.cols(); col++) {
        for (int row = 0; row < rows; row++) {
          if (images.pixel(indices[i], row, col) > 0) {
            from[i] = Math.min(from[i], col);
            to[i] = Math.max(to[i], col + 1);
          }
        }
      }
      from[i] = Math.min(from[i], to[i]);
      width += to[i] - from[i] + GAP;
      text.append(set.label(indices[i]));
    }
    BufferedImage image = new BufferedImage(width * scale, (rows + 2 * GAP) * scale, BufferedImage.TYPE_BYTE_GRAY);
    var raster = image.getRaster();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        raster.setSample(x, y, 0, 255);
      }
    }
    int left = GAP;
    for (int i = 0; i < indices.length; i++) {
      for (int col = from[i]; col < to[i]; col++) {
        for (int row = 0; row < rows; row++) {
          int ink = images.pixel(indices[i], row, col);
          for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
              raster.setSample((left + col - from[i]) * scale + dx, (GAP + row) * scale + dy, 0, 255 - ink);
            }
          }
        }
      }
      left += to[i] - from[i] + GAP;
    }
    return new NumberPicture(text.toString(), image);
  }

  /** The picture as a PNG file. */
  public byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package dev.digitwhisk.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images, encoded, for decoder and preprocessor tests. */
final class Encoded {
  private Encoded() {}

  /** A black digit-like stroke on white, {@code size}×{@code size}. */
  static BufferedImage sketch(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size, size);
    g.setColor(Color.BLACK);
    g.setStroke(new java.awt.BasicStroke(size / 14f));
    g.drawLine(size / 2, size / 5, size / 2, size * 4 / 5);
    g.dispose();
    return image;
  }

  static BufferedImage filled(int width, int height, Color colour, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format + " and " + image.getType());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

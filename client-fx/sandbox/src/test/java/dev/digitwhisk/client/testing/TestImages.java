package dev.digitwhisk.client.testing;

import dev.digitwhisk.client.workflow.ImageSource;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images for tests: a drawn digit in several formats, bytes that are no image, a blank page. */
public final class TestImages {
  private TestImages() {}

  /** A "7" drawn in black on white, 140×140, encoded as {@code format} (png, jpeg, gif, bmp). */
  public static byte[] drawnSeven(String format) {
    return encode(drawn("7"), format);
  }

  /**
   * A number of ones and sevens drawn in black on white, each digit in its own 140×140 cell, as PNG:
   * a whole number whose every digit the model reads surely, with no MNIST files needed.
   */
  public static byte[] drawnNumber(String onesAndSevens) {
    return encode(drawn(onesAndSevens), "png");
  }

  private static BufferedImage drawn(String digits) {
    BufferedImage image = new BufferedImage(140 * digits.length(), 140, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), 140);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int i = 0; i < digits.length(); i++) {
        int x = 140 * i;
        switch (digits.charAt(i)) {
          case '7' -> {
            g.drawLine(x + 35, 30, x + 105, 30);
            g.drawLine(x + 105, 30, x + 60, 115);
          }
          case '1' -> g.drawLine(x + 70, 25, x + 70, 115);
          default -> throw new IllegalArgumentException("only ones and sevens are drawn, not " + digits.charAt(i));
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** A white page: the action must say "no digit". */
  public static byte[] blankPng() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 64, 64);
    g.dispose();
    return encode(image, "png");
  }

  public static ImageSource seven() {
    return ImageSource.ofBytes("seven.png", drawnSeven("png"));
  }

  public static ImageSource notAnImage() {
    return ImageSource.ofBytes("notes.txt", "just some text, not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalArgumentException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

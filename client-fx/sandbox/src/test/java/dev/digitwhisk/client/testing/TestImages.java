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
    BufferedImage image = new BufferedImage(140, 140, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 140, 140);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawLine(35, 30, 105, 30);
      g.drawLine(105, 30, 60, 115);
    } finally {
      g.dispose();
    }
    return encode(image, format);
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

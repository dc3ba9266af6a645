package dev.digitwhisk.model.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** The pictures the benchmarks feed: what a drawing pad exports, and a phone photo of paper. */
final class SampleImages {
  private SampleImages() {}

  /** A "2" drawn with an 18 px pen, white on black, 280×280, as the client's drawing pad sends it. */
  static BufferedImage drawingPad() {
    BufferedImage image = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(18f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D.Double two = new Path2D.Double();
    two.moveTo(80, 90);
    two.curveTo(90, 30, 200, 30, 195, 100);
    two.curveTo(190, 150, 110, 190, 75, 230);
    two.lineTo(205, 228);
    g.draw(two);
    g.dispose();
    return image;
  }

  /** A 1200×900 photo of dark ink on paper with a lamp gradient and sensor noise. */
  static BufferedImage paperPhoto() {
    BufferedImage pad = drawingPad();
    BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(1);
    for (int y = 0; y < 900; y++) {
      for (int x = 0; x < 1200; x++) {
        float light = 1f - 0.3f * x / 1200f - 0.15f * y / 900f;
        int px = (x - 400) / 2;
        int py = (y - 250) / 2;
        float ink = px >= 0 && py >= 0 && px < 280 && py < 280 ? (pad.getRGB(px, py) & 0xff) / 255f : 0f;
        float v = (0.9f * (1 - ink) + 0.12f * ink) * light + (float) random.nextGaussian() * 0.02f;
        int c = Math.clamp(Math.round(v * 255), 0, 255);
        photo.setRGB(x, y, c << 16 | c << 8 | Math.max(0, c - 12));
      }
    }
    return photo;
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

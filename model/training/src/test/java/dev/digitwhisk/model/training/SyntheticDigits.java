package dev.digitwhisk.model.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** MNIST-like test digits drawn with Java2D: white strokes on black, inside the central 20×20 box. */
final class SyntheticDigits {
  private SyntheticDigits() {}

  /** A "0": an ellipse as tall as the 20×20 box, stroke {@code width} px. */
  static float[] zero(float width) {
    return draw(width, g -> g.drawOval(9, 5, 10, 18));
  }

  /** A "7": a top bar and a long diagonal reaching the box's corners. */
  static float[] seven(float width) {
    return draw(width, g -> {
      g.drawLine(6, 5, 21, 5);
      g.drawLine(21, 5, 11, 23);
    });
  }

  private static float[] draw(float width, java.util.function.Consumer<Graphics2D> strokes) {
    BufferedImage image = new BufferedImage(DigitData.SIDE, DigitData.SIDE, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    strokes.accept(g);
    g.dispose();
    float[] out = new float[DigitData.SIZE];
    for (int y = 0; y < DigitData.SIDE; y++) {
      for (int x = 0; x < DigitData.SIDE; x++) {
        out[y * DigitData.SIDE + x] = image.getRaster().getSample(x, y, 0) / 255f;
      }
    }
    return out;
  }
}

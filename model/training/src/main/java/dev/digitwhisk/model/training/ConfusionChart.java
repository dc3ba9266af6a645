package dev.digitwhisk.model.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a confusion matrix as a PNG (Java2D, headless): correct counts in green on the diagonal,
 * errors in red with the shade growing with the count, per-digit accuracy down the right side.
 */
public final class ConfusionChart {
  private static final int CELL = 52;
  private static final int LEFT = 90;
  private static final int TOP = 110;
  private static final int RIGHT = 130;
  private static final int BOTTOM = 40;

  private ConfusionChart() {}

  public static void write(Evaluation evaluation, String title, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int n = Evaluation.CLASSES;
    int width = LEFT + n * CELL + RIGHT;
    int height = TOP + n * CELL + BOTTOM;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(new Color(0x222222));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(title, 16, 28);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      g.drawString("accuracy %.2f%%  (%,d of %,d)  —  rows: true digit, columns: predicted".formatted(
          100 * evaluation.accuracy(), evaluation.correct(), evaluation.total()), 16, 52);
      g.drawString("predicted", LEFT + n * CELL / 2 - 30, TOP - 36);
      g.drawString("true", 20, TOP + n * CELL / 2);
      g.drawString("recall", LEFT + n * CELL + 24, TOP - 12);
      int maxError = 1;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j) {
            maxError = Math.max(maxError, evaluation.counts()[i][j]);
          }
        }
      }
      double[] recall = evaluation.perClassAccuracy();
      for (int i = 0; i < n; i++) {
        centred(g, String.valueOf(i), LEFT + i * CELL + CELL / 2, TOP - 10);
        centred(g, String.valueOf(i), LEFT - 16, TOP + i * CELL + CELL / 2 + 5);
        for (int j = 0; j < n; j++) {
          int count = evaluation.counts()[i][j];
          g.setColor(cellColour(i == j, count, maxError));
          g.fillRect(LEFT + j * CELL, TOP + i * CELL, CELL, CELL);
          g.setColor(i == j || count * 2 < maxError ? new Color(0x222222) : Color.WHITE);
          if (count > 0 || i == j) {
            centred(g, String.valueOf(count), LEFT + j * CELL + CELL / 2, TOP + i * CELL + CELL / 2 + 5);
          }
        }
        g.setColor(new Color(0x222222));
        g.drawString(Double.isNaN(recall[i]) ? "—" : "%.2f%%".formatted(100 * recall[i]), LEFT + n * CELL + 24, TOP + i * CELL + CELL / 2 + 5);
      }
      g.setColor(new Color(0xBBBBBB));
      g.setStroke(new BasicStroke(1));
      for (int k = 0; k <= n; k++) {
        g.drawLine(LEFT, TOP + k * CELL, LEFT + n * CELL, TOP + k * CELL);
        g.drawLine(LEFT + k * CELL, TOP, LEFT + k * CELL, TOP + n * CELL);
      }
    } finally {
      g.dispose();
    }
    Path parent = png.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ImageIO.write(image, "png", png.toFile());
  }

  private static Color cellColour(boolean diagonal, int count, int maxError) {
    if (diagonal) {
      return new Color(0xCFEFD6);
    }
    if (count == 0) {
      return Color.WHITE;
    }
    float t = (float) Math.sqrt(count / (double) maxError);
    return new Color(1f, 0.85f - 0.65f * t, 0.85f - 0.65f * t);
  }

  private static void centred(Graphics2D g, String text, int x, int baseline) {
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, x - m.stringWidth(text) / 2, baseline);
  }
}

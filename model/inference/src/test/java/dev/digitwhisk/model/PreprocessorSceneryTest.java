package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.model.robustness.Similarity;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** What is around the digit in a real photo must not become part of it. */
class PreprocessorSceneryTest {
  private static final Color PAPER = new Color(235, 233, 225);
  private static final Color PEN = new Color(30, 30, 60);

  @Test
  void prepare_sheetOnADarkTable_seesOnlyTheDigit() throws ImageException {
    BufferedImage photo = Encoded.filled(800, 600, new Color(70, 50, 40), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(PAPER);
    g.fillRect(120, 60, 560, 500);
    drawSeven(g, 300, 150);
    g.dispose();

    assertLikePlainPaper(Encoded.encode(photo, "jpeg"));
  }

  @Test
  void prepare_ruledPaper_ignoresTheLines() throws ImageException {
    BufferedImage photo = Encoded.filled(800, 600, PAPER, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(new Color(150, 170, 230));
    g.setStroke(new BasicStroke(2f));
    for (int y = 40; y < 600; y += 45) {
      g.drawLine(0, y, 800, y);
    }
    drawSeven(g, 300, 150);
    g.dispose();

    assertLikePlainPaper(Encoded.encode(photo, "png"));
  }

  @Test
  void prepare_dustSpecksAwayFromTheDigit_areIgnored() throws ImageException {
    BufferedImage photo = Encoded.filled(800, 600, PAPER, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    drawSeven(g, 300, 150);
    g.setColor(PEN);
    g.fillOval(40, 40, 5, 5);
    g.fillOval(700, 520, 4, 4);
    g.dispose();

    assertLikePlainPaper(Encoded.encode(photo, "png"));
  }

  private static void assertLikePlainPaper(byte[] picture) throws ImageException {
    BufferedImage plain = Encoded.filled(800, 600, PAPER, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = plain.createGraphics();
    drawSeven(g, 300, 150);
    g.dispose();
    ModelInput expected = Preprocessor.mnist().prepare(plain);

    ModelInput actual = Preprocessor.mnist().prepare(picture);

    assertThat(Similarity.correlation(actual.pixels(), expected.pixels())).isGreaterThan(0.9);
  }

  private static void drawSeven(Graphics2D g, int x, int y) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(PEN);
    g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {x, x + 180, x + 70}, new int[] {y, y, y + 300}, 3);
  }
}

package dev.digitwhisk.model.robustness;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Pairs of (picture, what the model saw) side by side, for a person to look at what went wrong. */
final class ContactSheet {
  private static final int CELL = 112;
  private final List<BufferedImage[]> rows = new ArrayList<>();
  private final List<String> captions = new ArrayList<>();

  void add(String caption, byte[] picture, byte[] modelInputPng) throws IOException {
    captions.add(caption);
    rows.add(new BufferedImage[] {
        ImageIO.read(new ByteArrayInputStream(picture)), ImageIO.read(new ByteArrayInputStream(modelInputPng))});
  }

  void write(Path file) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    int perLine = 4;
    int lines = (rows.size() + perLine - 1) / perLine;
    BufferedImage sheet = new BufferedImage(perLine * (2 * CELL + 12), lines * (CELL + 8), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setColor(new Color(0x888888));
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    for (int i = 0; i < rows.size(); i++) {
      int x = (i % perLine) * (2 * CELL + 12);
      int y = (i / perLine) * (CELL + 8);
      BufferedImage picture = rows.get(i)[0];
      double f = Math.min((double) CELL / picture.getWidth(), (double) CELL / picture.getHeight());
      g.drawImage(picture, x, y, (int) (picture.getWidth() * f), (int) (picture.getHeight() * f), null);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g.drawImage(rows.get(i)[1], x + CELL + 4, y, CELL, CELL, null);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.RED);
      g.drawString(captions.get(i), x + CELL + 6, y + 12);
    }
    g.dispose();
    ImageIO.write(sheet, "png", file.toFile());
  }
}

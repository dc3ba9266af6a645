package dev.digitwhisk.model.robustness;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** The robustness figures as a console table, a Markdown report and a bar chart drawn with Java2D. */
final class RobustnessReport {
  private final List<KindResult> results;
  private final String model;

  RobustnessReport(List<KindResult> results, String model) {
    this.results = results;
    this.model = model;
  }

  int total() {
    return results.stream().mapToInt(KindResult::total).sum();
  }

  int correct() {
    return results.stream().mapToInt(KindResult::correct).sum();
  }

  double overall() {
    return (double) correct() / total();
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append("| kind | images | correct | accuracy | no digit found | mean correlation with MNIST original |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (KindResult r : results) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f %% | %d | %s |%n", r.kind().description(),
          r.total(), r.correct(), 100 * r.accuracy(), r.refused(),
          Double.isNaN(r.meanCorrelation()) ? "n/a" : String.format(Locale.ROOT, "%.3f", r.meanCorrelation())));
    }
    out.append(String.format(Locale.ROOT, "| **overall** | %d | %d | **%.2f %%** | %d | |%n", total(), correct(),
        100 * overall(), results.stream().mapToInt(KindResult::refused).sum()));
    return out.toString();
  }

  void write(Path markdown, Path chart, String command) throws IOException {
    Files.createDirectories(markdown.getParent());
    String text = "# Robustness on user-like images\n\n"
        + "Model: " + model + "\n\n"
        + "MNIST test digits made into the pictures users send (seeded, reproducible), run through "
        + "`Preprocessor.mnist()` + `DigitClassifier`. A \"no digit found\" answer counts as wrong.\n\n"
        + table() + "\n![accuracy per kind](" + chart.getFileName() + ")\n\n"
        + "Reproduce: `" + command + "`\n";
    Files.writeString(markdown, text);
    ImageIO.write(chart(), "png", chart.toFile());
  }

  BufferedImage chart() {
    int rowHeight = 34;
    int labelWidth = 330;
    int barWidth = 420;
    int width = labelWidth + barWidth + 90;
    int height = 60 + rowHeight * (results.size() + 1);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString("Accuracy per kind of user-like image (axis 90-100 %)", 12, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    int y = 44;
    for (int i = 0; i <= results.size(); i++) {
      boolean overallRow = i == results.size();
      String label = overallRow ? "overall" : results.get(i).kind().description();
      double accuracy = overallRow ? overall() : results.get(i).accuracy();
      int bar = (int) Math.round(barWidth * Math.clamp((accuracy - 0.9) / 0.1, 0, 1));
      g.setColor(Color.DARK_GRAY);
      g.drawString(label, 12, y + 20);
      g.setColor(accuracy >= 0.98 ? new Color(0x2e7d32) : new Color(0xc62828));
      g.fillRect(labelWidth, y + 6, bar, rowHeight - 12);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.1f %%", 100 * accuracy), labelWidth + bar + 6, y + 20);
      y += rowHeight;
    }
    int target = labelWidth + (int) Math.round(barWidth * 0.8);
    g.setColor(new Color(0x1565c0));
    g.drawLine(target, 36, target, height - 8);
    g.drawString("98 %", target - 14, height - 2 > 0 ? 40 : 40);
    g.dispose();
    return image;
  }
}

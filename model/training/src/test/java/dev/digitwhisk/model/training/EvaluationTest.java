package dev.digitwhisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  @Test
  void of_countsRightAndWrongPerDigit() {
    Evaluation e = Evaluation.of(new int[] {0, 0, 1, 1, 2}, new int[] {0, 1, 1, 1, 7});
    assertThat(e.total()).isEqualTo(5);
    assertThat(e.correct()).isEqualTo(3);
    assertThat(e.accuracy()).isEqualTo(0.6);
    assertThat(e.counts()[0][1]).isEqualTo(1);
    assertThat(e.counts()[2][7]).isEqualTo(1);
    assertThat(e.perClassAccuracy()[0]).isEqualTo(0.5);
    assertThat(e.perClassAccuracy()[1]).isEqualTo(1.0);
    assertThat(e.perClassAccuracy()[3]).isNaN();
    assertThat(e.report()).contains("accuracy 60.00%").contains("confusion matrix");
  }

  @Test
  void chart_writesAReadablePng(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("sub/chart.png");
    ConfusionChart.write(Evaluation.of(new int[] {3, 3, 5}, new int[] {3, 5, 5}), "test model", png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(500);
    assertThat(image.getHeight()).isGreaterThan(500);
  }

  @Test
  void parity_flagsDifferencesAboveTheTolerance() {
    float[][] a = {{1f, 2f}, {3f, 1f}};
    assertThat(Parity.compare(a, new float[][] {{1f, 2.00005f}, {3f, 1f}}).passes()).isTrue();
    assertThat(Parity.compare(a, new float[][] {{1f, 2.001f}, {3f, 1f}}).passes()).isFalse();
    assertThat(Parity.compare(a, new float[][] {{1f, 2f}, {1f, 3f}}).disagreements()).isEqualTo(1);
  }
}

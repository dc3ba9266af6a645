package dev.digitwhisk.client.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.ui.AppFixture;
import dev.digitwhisk.client.ui.FxTesting;
import dev.digitwhisk.client.ui.MainWindow;
import dev.digitwhisk.client.ui.result.ResultView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Digits written with the mouse robot along stroke paths, classified through the sandbox (upload → action → delete). */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DrawDigitsTest {
  @TempDir
  static Path config;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = AppFixture.show(stage, AppFixture.sandbox(), owner -> List.of(), config);
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    FxTesting.assertBucketEmpty();
  }

  static List<double[][]> one() {
    return List.<double[][]>of(line(150, 40, 140, 245));
  }

  static List<double[][]> seven() {
    return List.<double[][]>of(concat(line(70, 60, 210, 60), line(210, 60, 120, 245)));
  }

  static List<double[][]> zero() {
    double[][] p = new double[41][];
    for (int i = 0; i <= 40; i++) {
      double a = 2 * Math.PI * i / 40 - Math.PI / 2;
      p[i] = new double[] {140 + 62 * Math.cos(a), 140 + 95 * Math.sin(a)};
    }
    return List.<double[][]>of(p);
  }

  @Test
  void drawnDigits_areClassifiedThroughTheSandbox(FxRobot robot) throws Exception {
    Map<Integer, List<double[][]>> digits = new LinkedHashMap<>();
    digits.put(1, one());
    digits.put(7, seven());
    digits.put(0, zero());
    List<ResultView> shown = new ArrayList<>();
    for (Map.Entry<Integer, List<double[][]>> d : digits.entrySet()) {
      robot.clickOn("#drawing-pad").type(KeyCode.ESCAPE);
      int before = window.historyModel().entries().size();
      FxTesting.drawStrokes(robot, robot.lookup("#drawing-pad").query(), d.getValue());
      robot.type(KeyCode.ENTER);
      FxTesting.waitUntil("the result of digit " + d.getKey(), 30, () -> window.historyModel().entries().size() > before);
      ResultView r = window.resultModel().resultProperty().get();
      assertThat(r.ok()).as("drawing of %d: %s %s", d.getKey(), r.title(), r.message()).isTrue();
      assertThat(robot.lookup("#result-digit").queryAs(Label.class).getText()).isEqualTo(Integer.toString(r.digit()));
      assertThat(r.inputPng()).as("the 28×28 input the model saw").isNotEmpty();
      assertThat(r.probabilities()).hasSize(10);
      shown.add(r);
    }
    assertThat(shown).extracting(ResultView::digit).containsExactlyElementsOf(digits.keySet());
  }

  @Test
  void undoAndClear_removeStrokes(FxRobot robot) {
    DrawingPad pad = robot.lookup("#drawing-pad").queryAs(DrawingPad.class);
    FxTesting.drawStrokes(robot, pad, seven());
    FxTesting.drawStrokes(robot, pad, one());
    assertThat(pad.strokeCount()).isEqualTo(2);
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    assertThat(pad.strokeCount()).isEqualTo(1);
    robot.type(KeyCode.ESCAPE);
    assertThat(pad.isEmpty()).isTrue();
  }

  static double[][] line(double x1, double y1, double x2, double y2) {
    int n = 12;
    double[][] p = new double[n + 1][];
    for (int i = 0; i <= n; i++) {
      p[i] = new double[] {x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n};
    }
    return p;
  }

  static double[][] concat(double[][] a, double[][] b) {
    double[][] out = new double[a.length + b.length - 1][];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 1, out, a.length, b.length - 1);
    return out;
  }
}

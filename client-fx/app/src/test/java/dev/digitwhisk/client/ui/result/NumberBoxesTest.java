package dev.digitwhisk.client.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.protocol.DigitBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How the result pane draws a number it is given, without a backend: here a digit can be unsure on
 * demand, which the real model seldom is for a drawn test number. Boxes where the digits lie, the
 * unsure one highlighted and chosen first, a click or Space choosing another.
 */
@ExtendWith(ApplicationExtension.class)
class NumberBoxesTest {
  private final ResultModel model = new ResultModel();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new ResultPane(model), 640, 720));
    stage.show();
  }

  @Test
  void anUnsureDigit_isHighlighted_andChosenFirst_andClickingABoxChoosesItsDigit(FxRobot robot) {
    // "717" drawn in 140-pixel cells; the middle digit read unsure.
    List<DigitView> digits = List.of(digit(7, 0.99, 0), digit(1, 0.55, 1), digit(7, 0.97, 2));
    robot.interact(() -> model.show(number(digits)));

    assertThat(robot.lookup(".digit-box").queryAll()).hasSize(3);
    assertThat(ids(robot, ".digit-box.unsure")).containsExactly("digit-box-1");
    assertThat(robot.lookup(".digit-box-caption.unsure").queryAs(Label.class).getText()).isEqualTo("1 · 55 %");
    assertThat(ids(robot, ".digit-box.selected")).containsExactly("digit-box-1");
    assertThat(robot.lookup("#input-caption").queryAs(Label.class).getText()).startsWith("Digit 2 of 3: 1,").contains("unsure");
    assertThat(robot.lookup("#result-confidence").queryAs(Label.class).getText()).contains("1 digit unsure");
    assertThat(robot.lookup("#result-digit").queryAs(Label.class).getText()).isEqualTo("717");
    assertThat(robot.lookup("#bar-1").query().getStyleClass()).contains("winner");

    robot.clickOn("#digit-box-2");
    assertThat(model.selectedDigitProperty().get()).isEqualTo(2);
    assertThat(ids(robot, ".digit-box.selected")).containsExactly("digit-box-2");
    assertThat(robot.lookup("#bar-7").query().getStyleClass()).contains("winner");
    assertThat(robot.lookup("#bar-7").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.97);
    robot.interact(() -> robot.lookup("#digit-box-0").query().requestFocus());
    robot.type(KeyCode.SPACE);
    assertThat(model.selectedDigitProperty().get()).as("Space on a focused box chooses it").isZero();
    // The boxes lie where the digits do: left to right, one cell apart.
    double[] lefts = robot.lookup(".digit-box").queryAll().stream().mapToDouble(n -> n.getBoundsInParent().getMinX())
        .sorted().toArray();
    assertThat(lefts[1] - lefts[0]).isPositive().isCloseTo(lefts[2] - lefts[1], org.assertj.core.api.Assertions.within(0.5));
  }

  @Test
  void theCaptionsOfALongNumber_doNotOverlap(FxRobot robot) {
    List<DigitView> digits = new ArrayList<>();
    for (int cell = 0; cell < 16; cell++) {
      digits.add(digit(cell % 2 == 0 ? 1 : 7, 0.98, cell));
    }
    robot.interact(() -> model.show(number(digits)));
    List<Bounds> captions = robot.lookup(".digit-box-caption").<Node>queryAll().stream()
        .map(n -> n.localToScene(n.getBoundsInLocal())).toList();
    assertThat(captions).hasSize(16);
    assertThat(captions.get(1).getMinX() - captions.get(0).getMinX()).as("boxes closer than a caption is wide")
        .isLessThan(captions.get(0).getWidth());
    for (int i = 0; i < captions.size(); i++) {
      for (int k = i + 1; k < captions.size(); k++) {
        assertThat(captions.get(i).intersects(captions.get(k))).as("captions %d and %d overlap", i, k).isFalse();
      }
    }
  }

  @Test
  void aDigitAfterANumber_showsNoBoxes(FxRobot robot) {
    robot.interact(() -> model.show(number(List.of(digit(7, 0.99, 0)))));
    robot.interact(() -> model.show(new ResultView("seven.png", 7, 0.99, probabilities(7, 0.99), new byte[0], "", "",
        "", "", "", "")));
    assertThat(robot.lookup("#number-boxes").query().isVisible()).isFalse();
    assertThat(model.selectedDigitProperty().get()).isEqualTo(-1);
    assertThat(robot.lookup("#result-digit").queryAs(Label.class).getText()).isEqualTo("7");
    assertThat(robot.lookup("#result-digit").query().getStyleClass()).doesNotContain("number", "long-number");
  }

  private static List<String> ids(FxRobot robot, String query) {
    return robot.lookup(query).<Node>queryAll().stream().map(Node::getId).toList();
  }

  private static ResultView number(List<DigitView> digits) {
    StringBuilder text = new StringBuilder();
    double confidence = 1;
    for (DigitView d : digits) {
      text.append(d.digit());
      confidence *= d.confidence();
    }
    NumberView n = new NumberView(text.toString(), confidence, digits, TestImages.drawnNumber(text.toString()));
    return new ResultView("number.png", digits.get(0).digit(), confidence, List.of(), new byte[0], "", "", "", "", "",
        "", Optional.of(n));
  }

  private static DigitView digit(int digit, double confidence, int cell) {
    return new DigitView(digit, confidence, probabilities(digit, confidence), new byte[0],
        new DigitBox(140 * cell + 30, 25, 80, 95), confidence < 0.7);
  }

  private static List<Double> probabilities(int winner, double confidence) {
    List<Double> p = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      p.add(d == winner ? confidence : (1 - confidence) / 9);
    }
    return p;
  }
}

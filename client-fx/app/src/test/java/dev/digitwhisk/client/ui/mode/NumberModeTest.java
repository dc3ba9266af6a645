package dev.digitwhisk.client.ui.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.ui.AppFixture;
import dev.digitwhisk.client.ui.FxTesting;
import dev.digitwhisk.client.ui.MainWindow;
import dev.digitwhisk.client.ui.draw.DrawingPad;
import dev.digitwhisk.client.ui.imports.OsDrop;
import dev.digitwhisk.client.ui.result.DigitView;
import dev.digitwhisk.client.ui.result.NumberView;
import dev.digitwhisk.client.ui.result.ResultView;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.ReadMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Number mode in the real window over the sandbox: numbers dropped, pasted, opened and written
 * with the mouse robot are read whole; each digit gets a box that shows its probabilities when clicked.
 */
@ExtendWith(ApplicationExtension.class)
class NumberModeTest {
  @TempDir
  Path dir;
  private MainWindow window;
  private final List<Path> chosen = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    window = AppFixture.show(stage, AppFixture.sandbox(), owner -> List.copyOf(chosen), dir.resolve("config"));
  }

  @BeforeEach
  void numberMode(FxRobot robot) {
    robot.clickOn("#mode-number");
    assertThat(window.readModeModel().mode()).isEqualTo(ReadMode.NUMBER);
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    FxTesting.assertBucketEmpty();
  }

  @Test
  void theModeSwitch_widensThePadForANumber_andNarrowsItBack(FxRobot robot) {
    DrawingPad pad = robot.lookup("#drawing-pad").queryAs(DrawingPad.class);
    assertThat(pad.getWidth()).as("room for about eight digits").isGreaterThanOrEqualTo(pad.getHeight() * 2.5);
    robot.clickOn("#mode-number");
    assertThat(window.readModeModel().mode()).as("pressing the chosen mode again keeps it").isEqualTo(ReadMode.NUMBER);
    robot.clickOn("#mode-digit");
    assertThat(window.readModeModel().mode()).isEqualTo(ReadMode.DIGIT);
    assertThat(pad.getWidth()).isCloseTo(pad.getHeight(), within(0.5));
  }

  @Test
  void aDroppedNumber_showsItsText_aBoxPerDigit_andEachDigitsProbabilities(FxRobot robot) throws Exception {
    Path file = Files.write(dir.resolve("seven-one-seven.png"), TestImages.drawnNumber("717"));
    ClipboardContent content = new ClipboardContent();
    content.putFiles(List.of(file.toFile()));
    TransferMode[] done = new TransferMode[1];
    robot.interact(() -> done[0] = OsDrop.onto(robot.lookup("#drawing-pad").query(), content));
    assertThat(done[0]).isEqualTo(TransferMode.COPY);

    ResultView r = awaitResult();
    assertThat(r.ok()).as(r.message()).isTrue();
    assertThat(text(robot, "#result-digit")).isEqualTo("717");
    assertThat(text(robot, "#result-confidence")).contains("% sure of all 3 digits").contains("seven-one-seven.png");
    assertThat(robot.lookup(".digit-box").queryAll()).hasSize(3);
    NumberView number = r.number().orElseThrow();

    for (int i : new int[] {1, 0, 2}) {
      robot.clickOn("#digit-box-" + i);
      DigitView d = number.digits().get(i);
      assertThat(window.resultModel().selectedDigitProperty().get()).isEqualTo(i);
      assertThat(robot.lookup("#digit-box-" + i).query().getStyleClass()).contains("selected");
      assertThat(text(robot, "#input-caption")).startsWith("Digit " + (i + 1) + " of 3: " + d.digit() + ",");
      for (int k = 0; k < 10; k++) {
        ProgressBar bar = robot.lookup("#bar-" + k).queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).as("digit %d's probability of %d", i, k).isCloseTo(d.probabilities().get(k), within(1e-6));
        assertThat(bar.getStyleClass().contains("winner")).isEqualTo(k == d.digit());
      }
      assertThat(robot.lookup("#model-input").queryAs(ImageView.class).getImage()).isNotNull();
    }
    assertThat(historyText(robot)).isEqualTo("→ 717");
  }

  @Test
  void aPastedNumber_isReadWhole(FxRobot robot) {
    FxTesting.pasteImage(robot, TestImages.drawnNumber("77"));
    ResultView r = awaitResult();
    assertThat(r.ok()).as(r.message()).isTrue();
    assertThat(r.source()).isEqualTo("pasted image.png");
    assertThat(r.answer()).isEqualTo("77");
    assertThat(robot.lookup(".digit-box").queryAll()).hasSize(2);
  }

  @Test
  void aNumberWrittenOnThePad_isReadWhole_withABoxOnEachDigit(FxRobot robot) throws Exception {
    Node pad = robot.lookup("#drawing-pad").query();
    // 7, 1, 1, 7 side by side, each about as big as a digit written on the square pad.
    FxTesting.drawStrokes(robot, pad, List.of(seven(30), one(195), one(320), seven(400)));
    robot.type(KeyCode.ENTER);
    ResultView r = awaitResult();
    assertThat(r.ok()).as(r.message()).isTrue();
    assertThat(r.source()).isEqualTo("drawing.png");
    assertThat(text(robot, "#result-digit")).isEqualTo("7117");
    assertThat(robot.lookup(".digit-box").queryAll()).hasSize(4);
    assertThat(historyText(robot)).isEqualTo("→ 7117");
    robot.clickOn("#digit-box-2");
    // docs/number-mode.png is a copy of this screenshot.
    FxTesting.screenshot(robot, "number-mode");
  }

  private static double[][] seven(double x) {
    return new double[][] {{x, 40}, {x + 45, 40}, {x + 90, 40}, {x + 75, 85}, {x + 55, 125}, {x + 40, 165}};
  }

  private static double[][] one(double x) {
    return new double[][] {{x, 35}, {x - 2, 80}, {x - 4, 120}, {x - 6, 165}};
  }

  @Test
  void aBlankPicture_saysNoDigitFound_withNumberAdvice(FxRobot robot) throws Exception {
    openRefused(robot, "blank.png", TestImages.blankPng());
    assertThat(text(robot, "#problem-title")).isEqualTo("No digit found");
    assertThat(text(robot, "#problem-what-to-do")).startsWith("What to do: Write a number");
    assertThat(text(robot, "#result-digit")).isEqualTo("?");
    assertThat(robot.lookup(".digit-box").queryAll()).isEmpty();
  }

  @Test
  void tooManyDigits_areRefusedWithTheLimitInWords(FxRobot robot) throws Exception {
    openRefused(robot, "long.png", TestImages.drawnNumber("1".repeat(Limits.MAX_DIGITS + 1)));
    assertThat(text(robot, "#problem-title")).isEqualTo("The image was refused");
    assertThat(text(robot, "#problem-message")).contains("at most " + Limits.MAX_DIGITS + " digits").contains("413");
    assertThat(text(robot, "#problem-what-to-do")).startsWith("What to do: Write fewer digits")
        .contains("at most " + Limits.MAX_DIGITS + " digits and " + Limits.MAX_NUMBER_MARKS + " separate marks");
  }

  /** Opens a picture through the toolbar's Open… and waits for its refusal. */
  private void openRefused(FxRobot robot, String name, byte[] picture) throws Exception {
    chosen.add(Files.write(dir.resolve(name), picture));
    robot.clickOn("#open");
    ResultView r = awaitResult();
    assertThat(r.ok()).as("%s is refused", name).isFalse();
  }

  private ResultView awaitResult() {
    FxTesting.waitUntil("a result", 30, () -> !window.historyModel().entries().isEmpty());
    return window.resultModel().resultProperty().get();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  /** The newest history cell's headline. */
  private static String historyText(FxRobot robot) {
    ListView<?> list = robot.lookup("#history").queryAs(ListView.class);
    return robot.from(list).lookup(".list-cell .label").queryAll().stream().map(n -> ((Label) n).getText())
        .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
  }
}

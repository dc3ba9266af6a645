package dev.digitwhisk.client.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.ui.AppFixture;
import dev.digitwhisk.client.ui.FxTesting;
import dev.digitwhisk.client.ui.MainWindow;
import dev.digitwhisk.client.ui.result.ResultView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+O through the injected chooser; Ctrl+V of an image and of files through the real system clipboard. */
@ExtendWith(ApplicationExtension.class)
class OpenAndPasteTest {
  @TempDir
  Path dir;
  private MainWindow window;
  private final List<Path> chosen = new ArrayList<>();
  private int asked;

  @Start
  void start(Stage stage) throws Exception {
    window = AppFixture.show(stage, AppFixture.sandbox(), owner -> {
      asked++;
      return List.copyOf(chosen);
    }, dir.resolve("config"));
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    FxTesting.assertBucketEmpty();
  }

  @Test
  void ctrlO_classifiesTheChosenFile(FxRobot robot) throws Exception {
    chosen.addAll(TestFiles.sevens(dir, 1));
    robot.clickOn("#drawing-pad");
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    ResultView r = awaitResult();
    assertThat(asked).isEqualTo(1);
    assertThat(r.source()).isEqualTo("seven-00.png");
    assertThat(r.ok()).as(r.message()).isTrue();
    FxTesting.assertDigit(robot.lookup("#result-digit").queryAs(Label.class).getText(), 7);
  }

  @Test
  void aBlankPage_saysNoDigitFound(FxRobot robot) throws Exception {
    chosen.add(Files.write(dir.resolve("blank.png"), TestImages.blankPng()));
    robot.clickOn("#open");
    ResultView r = awaitResult();
    assertThat(r.ok()).isFalse();
    assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("No digit found");
    assertThat(robot.lookup("#problem-message").queryAs(Label.class).getText()).isNotBlank();
  }

  @Test
  void ctrlV_classifiesAnImageFromTheClipboard(FxRobot robot) throws Exception {
    FxTesting.pasteImage(robot, TestImages.drawnSeven("png"));
    ResultView r = awaitResult();
    assertThat(r.source()).isEqualTo("pasted image.png");
    assertThat(r.ok()).as(r.message()).isTrue();
    FxTesting.assertDigit(Integer.toString(r.digit()), 7);
  }

  @Test
  void ctrlV_classifiesCopiedFiles(FxRobot robot) throws Exception {
    List<Path> files = TestFiles.sevens(dir, 1);
    robot.interact(() -> {
      ClipboardContent content = new ClipboardContent();
      content.putFiles(files.stream().map(Path::toFile).toList());
      Clipboard.getSystemClipboard().setContent(content);
    });
    robot.clickOn("#drawing-pad");
    robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
    ResultView r = awaitResult();
    assertThat(r.source()).isEqualTo("seven-00.png");
    FxTesting.assertDigit(Integer.toString(r.digit()), 7);
  }

  @Test
  void openingSomethingThatIsNoImage_saysSoInWords(FxRobot robot) throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");
    chosen.add(text);
    robot.clickOn("#open");
    ResultView r = awaitResult();
    assertThat(r.ok()).isFalse();
    assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("That is not an image");
    assertThat(robot.lookup("#problem-what-to-do").queryAs(Label.class).getText()).startsWith("What to do: ");
  }

  private ResultView awaitResult() {
    FxTesting.waitUntil("a result", 30, () -> !window.historyModel().entries().isEmpty());
    return window.resultModel().resultProperty().get();
  }
}

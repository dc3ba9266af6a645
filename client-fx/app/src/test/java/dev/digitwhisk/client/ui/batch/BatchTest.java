package dev.digitwhisk.client.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.ui.AppFixture;
import dev.digitwhisk.client.ui.FxTesting;
import dev.digitwhisk.client.ui.MainWindow;
import dev.digitwhisk.client.ui.imports.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Twenty files opened at once: the batch table fills in, the progress bar reaches 100 % in image
 * steps, and the summary tells the per-image p50/p95 and the activations (groups of up to 16).
 */
@ExtendWith(ApplicationExtension.class)
class BatchTest {
  @TempDir
  Path dir;
  private final List<Path> files = new ArrayList<>();
  private final List<Double> progressSeen = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    MainWindow window = AppFixture.show(stage, AppFixture.sandbox(), owner -> List.copyOf(files), dir.resolve("config"));
    window.batchModel().progressProperty().addListener((obs, old, now) -> progressSeen.add(now.doubleValue()));
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    FxTesting.assertBucketEmpty();
  }

  @Test
  void twentyFiles_fillTwentyRowsAndReachFullProgress(FxRobot robot) throws Exception {
    files.addAll(TestFiles.sevens(dir, 20));
    robot.clickOn("#drawing-pad");
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    FxTesting.waitUntil("the batch tab to open", 20, () -> robot.lookup("#batch-progress").tryQuery().isPresent());
    ProgressBar bar = robot.lookup("#batch-progress").queryAs(ProgressBar.class);
    FxTesting.waitUntil("the batch to finish", 60, () -> bar.getProgress() >= 1.0);
    @SuppressWarnings("unchecked")
    TableView<BatchRow> table = robot.lookup("#batch-table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(20).allSatisfy(row -> assertThat(row.done()).isTrue());
    for (BatchRow row : table.getItems()) {
      FxTesting.assertDigit(row.resultProperty().get(), 7);
    }
    Label summary = robot.lookup("#batch-summary").queryAs(Label.class);
    FxTesting.waitUntil("the batch's summary", 10, () -> summary.getText().contains("activation"));
    // Four workers: groups of ceil(20 / 4) = 5 images, one activation each.
    assertThat(summary.getText()).matches("20 of 20 done · p50 / p95 \\d+ / \\d+ ms · 4 activations");
    assertThat(progressSeen).as("progress moved in steps").hasSizeGreaterThan(2).isSorted();
    assertThat(robot.lookup("#batch-table").queryAs(TableView.class).isVisible()).isTrue();
  }
}

package dev.digitwhisk.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.client.ui.result.ResultView;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sandbox's store, but the action's address has nothing listening: the window says so in words. */
@ExtendWith(ApplicationExtension.class)
class ActionDownTest {
  @TempDir
  Path dir;
  private MainWindow window;
  private Backend down;

  @Start
  void start(Stage stage) throws Exception {
    StoreSettings store = AppFixture.sandbox().sandboxHandle().orElseThrow().storeSettings();
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ClientSettings settings = ClientSettings.builder().sandbox(false).storeEndpoint(store.endpoint().toString())
        .accessKey(store.accessKey()).secretKey(store.secretKey()).bucket(store.bucket())
        .invokeMode(InvokeMode.DIRECT).url("http://127.0.0.1:" + closedPort).build();
    down = Backend.open(settings);
    window = AppFixture.show(stage, down, owner -> List.of(), dir);
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    down.close();
    FxTesting.assertBucketEmpty();
  }

  @Test
  void actionDown_showsWhatHappenedAndWhatToDo(FxRobot robot) {
    FxTesting.drawStrokes(robot, robot.lookup("#drawing-pad").query(), List.<double[][]>of(
        new double[][] {{140, 40}, {140, 100}, {140, 160}, {140, 240}}));
    robot.type(KeyCode.ENTER);
    FxTesting.waitUntil("a result", 30, () -> !window.historyModel().entries().isEmpty());
    ResultView r = window.resultModel().resultProperty().get();
    assertThat(r.ok()).isFalse();
    assertThat(robot.lookup("#problem-title").queryAs(Label.class).getText()).isEqualTo("The classifier cannot be reached");
    assertThat(robot.lookup("#problem-message").queryAs(Label.class).getText()).isNotBlank();
    assertThat(robot.lookup("#problem-what-to-do").queryAs(Label.class).getText()).startsWith("What to do: ").hasSizeGreaterThan(15);
    assertThat(robot.lookup("#result-digit").queryAs(Label.class).getText()).isEqualTo("?");
  }
}

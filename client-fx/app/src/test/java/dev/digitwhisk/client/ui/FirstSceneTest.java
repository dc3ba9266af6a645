package dev.digitwhisk.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.digitwhisk.client.backend.Backend;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the app first shows it: pad and toolbar; result and history come in afterwards, once. */
@ExtendWith(ApplicationExtension.class)
class FirstSceneTest {
  @TempDir
  Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(new BackendHolder(Backend::open), owner -> List.of(), dir.resolve("config.json"), new Theme());
    stage.setScene(new Scene(window, 1180, 720));
    stage.show();
  }

  @Test
  void resultAndHistory_comeInWhenAdded_once(FxRobot robot) {
    assertThat(robot.lookup("#drawing-pad").tryQuery()).isPresent();
    assertThat(robot.lookup("#result-digit").tryQuery()).isEmpty();
    assertThat(robot.lookup("#history").tryQuery()).isEmpty();

    robot.interact(window::addResultAndHistory);
    robot.interact(window::addResultAndHistory);

    assertThat(robot.lookup("#result-digit").queryAll()).hasSize(1);
    assertThat(robot.lookup("#history").queryAll()).hasSize(1);
    assertThat(robot.lookup("#drawing-pad").queryAll()).hasSize(1);
    // Pad and result share the width as when both are there from the start.
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".split-pane").queryAs(SplitPane.class).getDividerPositions()[0]).isCloseTo(0.5, within(0.02));
  }
}

package dev.digitwhisk.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.SettingsLoader;
import dev.digitwhisk.client.ui.AppFixture;
import dev.digitwhisk.client.ui.FxTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typed into the settings, saved (0600), read back by a freshly opened settings pane. */
@ExtendWith(ApplicationExtension.class)
class SettingsRoundTripTest {
  @TempDir
  Path dir;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    AppFixture.show(stage, AppFixture.sandbox(), owner -> List.of(), dir);
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    FxTesting.assertBucketEmpty();
  }

  @Test
  void typedSettings_areSavedPrivatelyAndComeBack(FxRobot robot) throws Exception {
    robot.clickOn("Settings");
    assertThat(robot.lookup("#backend-banner").queryAs(Label.class).getText())
        .isEqualTo("Local sandbox — nothing leaves this computer");
    robot.clickOn("#backend-servers");
    robot.clickOn("#store-endpoint").write("minio.example:9000");
    robot.clickOn("#store-access-key").write("AKIAEXAMPLE");
    robot.clickOn("#store-secret-key").write("s3cr3t-key");
    robot.clickOn("#store-bucket").write("digits");
    robot.clickOn("#invoke-mode").clickOn("WEB");
    robot.clickOn("#invoke-url").write("https://ow.example/api/v1/web/guest/default/mnist.json");
    robot.clickOn("#settings-save");

    Path file = dir.resolve("config.json");
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(robot.lookup("#settings-message").queryAs(Label.class).getText()).startsWith("Saved.");
    assertThat(robot.lookup("#backend-banner").queryAs(Label.class).getText()).startsWith("Your servers — MinIO at http://minio.example:9000");

    SettingsPane[] pane = new SettingsPane[1];
    robot.interact(() -> {
      pane[0] = new SettingsPane(file, (ClientSettings s) -> null, s -> { });
      stage.setScene(new Scene(pane[0], 800, 600));
    });
    assertThat(robot.lookup("#store-endpoint").queryAs(TextField.class).getText()).isEqualTo("http://minio.example:9000");
    assertThat(robot.lookup("#store-access-key").queryAs(TextField.class).getText()).isEqualTo("AKIAEXAMPLE");
    assertThat(robot.lookup("#store-secret-key").queryAs(TextField.class).getText()).isEqualTo("s3cr3t-key");
    assertThat(robot.lookup("#store-bucket").queryAs(TextField.class).getText()).isEqualTo("digits");
    assertThat(robot.lookup("#invoke-mode").queryAs(ComboBox.class).getValue()).isEqualTo(InvokeMode.WEB);
    assertThat(robot.lookup("#invoke-url").queryAs(TextField.class).getText())
        .isEqualTo("https://ow.example/api/v1/web/guest/default/mnist.json");
    assertThat(robot.lookup("#backend-servers").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
  }

  @Test
  void savingFromTheWindow_keepsWhatTheFormDoesNotShow(FxRobot robot) throws Exception {
    Path file = dir.resolve("kept.json");
    Files.writeString(file, "{\"backend\":\"sandbox\",\"invoke\":{\"per-activation\":1,\"timeout\":\"20s\"}}");
    robot.interact(() -> stage.setScene(new Scene(new SettingsPane(file, (ClientSettings s) -> null, s -> { }), 800, 600)));
    robot.clickOn("#settings-save");

    ClientSettings saved = SettingsLoader.of(Map.of(), file, null).load(Map.of());
    assertThat(saved.perActivation()).isEqualTo(1);
    assertThat(saved.invokeTimeout()).isEqualTo(Duration.ofSeconds(20));
  }
}

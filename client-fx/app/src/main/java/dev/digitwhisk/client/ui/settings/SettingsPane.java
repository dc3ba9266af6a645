package dev.digitwhisk.client.ui.settings;

import dev.digitwhisk.client.backend.ConnectionCheck;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.SettingsException;
import dev.digitwhisk.client.config.SettingsLoader;
import dev.digitwhisk.client.config.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Sandbox or your servers, the fields for each, "Test connection" and "Save" (through the core's
 * {@link SettingsStore}: the file is written 0600 since it holds keys).
 */
public final class SettingsPane extends ScrollPane {
  private final SettingsForm form = new SettingsForm();
  private final Label message = new Label();
  private final Path configFile;

  /**
   * @param tester runs the connection check for settings (off the FX thread)
   * @param onSaved hears the saved settings (the window switches backend)
   */
  public SettingsPane(Path configFile, Function<ClientSettings, ConnectionCheck> tester, Consumer<ClientSettings> onSaved) {
    this.configFile = configFile;
    getStyleClass().add("settings-pane");
    setFitToWidth(true);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    grid.addRow(row++, new Label("MinIO endpoint"), form.endpoint, form.tls);
    grid.addRow(row++, new Label("Access key"), form.accessKey);
    grid.addRow(row++, new Label("Secret key"), form.secretKey);
    grid.addRow(row++, new Label("Bucket"), form.bucket);
    grid.addRow(row++, new Label("OpenWhisk mode"), form.mode);
    grid.addRow(row++, new Label("API host (REST)"), form.apiHost);
    grid.addRow(row++, new Label("Auth uuid:key (REST)"), form.auth);
    grid.addRow(row++, new Label("Namespace"), form.namespace);
    grid.addRow(row++, new Label("Action"), form.action);
    grid.addRow(row, new Label("URL (web / gateway / direct)"), form.url);
    grid.disableProperty().bind(form.sandbox.selectedProperty());

    Button save = new Button("Save");
    save.setId("settings-save");
    save.getStyleClass().add("accent");
    save.setOnAction(e -> save(onSaved));
    Button test = new Button("Test connection");
    test.setId("settings-test");
    test.setOnAction(e -> test(tester, test));
    message.setId("settings-message");
    message.setWrapText(true);
    Label where = new Label("Saved to " + configFile + " (readable by you only).");
    where.getStyleClass().add("text-muted");
    Label title = new Label("Connection");
    title.getStyleClass().add("title-3");
    VBox box = new VBox(10, title, form.sandbox, form.servers, grid, new HBox(8, test, save), message, where);
    box.setPadding(new Insets(16));
    setContent(box);
    load();
  }

  /** Fills the form from the config file (nothing there: the sandbox). */
  public void load() {
    if (!Files.exists(configFile)) {
      form.fill(ClientSettings.sandboxDefaults());
      return;
    }
    try {
      form.fill(SettingsLoader.of(Map.of(), configFile, null).load(Map.of()));
    } catch (SettingsException e) {
      message.setText("The saved settings could not be read: " + e.getMessage());
    }
  }

  private void save(Consumer<ClientSettings> onSaved) {
    try {
      ClientSettings settings = form.toSettings();
      SettingsStore.save(settings, configFile);
      message.setText("Saved. " + (settings.sandbox() ? "Using the local sandbox." : "Using your servers."));
      onSaved.accept(settings);
    } catch (SettingsException e) {
      message.setText(e.getMessage() + " " + e.whatToDo());
    } catch (IOException e) {
      message.setText("The settings could not be saved to " + configFile + ": " + e.getMessage()
          + " Check that the folder is writable.");
    }
  }

  private void test(Function<ClientSettings, ConnectionCheck> tester, Button button) {
    ClientSettings settings;
    try {
      settings = form.toSettings();
    } catch (SettingsException e) {
      message.setText(e.getMessage() + " " + e.whatToDo());
      return;
    }
    button.setDisable(true);
    message.setText("Testing…");
    Thread t = new Thread(() -> {
      String text;
      try {
        text = describe(tester.apply(settings));
      } catch (RuntimeException e) {
        text = "The test could not run: " + e.getMessage();
      }
      String shown = text;
      Platform.runLater(() -> {
        message.setText(shown);
        button.setDisable(false);
      });
    }, "digitwhisk-test-connection");
    t.setDaemon(true);
    t.start();
  }

  static String describe(ConnectionCheck check) {
    StringBuilder sb = new StringBuilder(check.ok() ? "Connection works: " : "Connection problem: ").append(check.backend());
    for (ConnectionCheck.Check c : check.checks()) {
      sb.append("\n").append(c.verdict() == ConnectionCheck.Verdict.PASS ? "✓ " : c.verdict() == ConnectionCheck.Verdict.FAIL
          ? "✗ " : "• ").append(c.name());
      if (!c.detail().isEmpty()) {
        sb.append(": ").append(c.detail());
      }
      if (!c.whatToFix().isEmpty()) {
        sb.append(" — ").append(c.whatToFix());
      }
    }
    return sb.toString();
  }
}

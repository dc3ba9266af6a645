package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.ConfigPaths;
import dev.digitwhisk.client.config.SettingsException;
import dev.digitwhisk.client.config.SettingsLoader;
import dev.digitwhisk.client.ui.imports.ChooserFileOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the window first (the result and history panes come in after its first frame), then loads
 * the settings and starts the backend (the sandbox when nothing is configured) in the background;
 * the status line says when it is ready. Files given as arguments are classified once it is.
 */
public final class DigitWhiskApp extends Application {
  private final BackendHolder backend = new BackendHolder(Backend::open);

  @Override
  public void start(Stage stage) {
    Theme theme = new Theme();
    Path configFile = ConfigPaths.defaultConfigFile();
    MainWindow window = new MainWindow(backend, new ChooserFileOpener(), configFile, theme);
    stage.setTitle("DigitWhisk");
    stage.setScene(new Scene(window, 1180, 720));
    stage.setMinWidth(760);
    stage.setMinHeight(520);
    stage.show();
    StartupTiming.reportFirstFrame();

    List<Path> files = getParameters().getUnnamed().stream().map(Path::of).toList();
    Thread t = new Thread(() -> {
      ClientSettings settings;
      String problem = null;
      try {
        settings = SettingsLoader.defaults().load(Map.of());
      } catch (SettingsException e) {
        settings = ClientSettings.sandboxDefaults();
        problem = e.getMessage() + " Using the local sandbox until this is fixed in Settings.";
      }
      Backend opened = Backend.open(settings);
      String shown = problem;
      Platform.runLater(() -> {
        backend.use(opened, true);
        if (shown != null) {
          backend.setStatus(shown);
        }
        if (!files.isEmpty()) {
          window.openFiles(files);
        }
      });
    }, "digitwhisk-settings");
    t.setDaemon(true);
    // The backend's start loads many classes on both cores, and the result and history panes are a
    // fifth of the first frame's work: let the window's first frame go first.
    StartupTiming.afterFirstFrame(() -> {
      window.addResultAndHistory();
      t.start();
    });
  }

  @Override
  public void stop() {
    backend.close();
  }
}

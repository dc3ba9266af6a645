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
 *
 * <p>With {@code -Ddigitwhisk.exitWhenReady=true} it prints the status line to stderr once the
 * backend has started or failed to, and exits (status 0 ready, 1 not): scripts check with it that a
 * build opens a working window (.ci/run does, through ./run-app).
 */
public final class DigitWhiskApp extends Application {
  static final String EXIT_WHEN_READY = "digitwhisk.exitWhenReady";
  private static volatile int exitStatus;
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
    if (Boolean.getBoolean(EXIT_WHEN_READY)) {
      exitWhenBackendSettles();
    }

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

  private void exitWhenBackendSettles() {
    backend.settledProperty().addListener((obs, was, settled) -> {
      if (settled) {
        System.err.println("digitwhisk: " + backend.statusProperty().get());
        exitStatus = backend.readyProperty().get() ? 0 : 1;
        Platform.exit();
      }
    });
  }

  /** The process's exit status once the window has closed (see {@link #EXIT_WHEN_READY}). */
  static int exitStatus() {
    return exitStatus;
  }

  @Override
  public void stop() {
    backend.close();
  }
}

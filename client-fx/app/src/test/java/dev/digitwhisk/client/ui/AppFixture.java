package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.backend.LocalStack;
import dev.digitwhisk.client.ui.imports.FileOpener;
import dev.digitwhisk.client.upload.ObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real window over the real sandbox ({@link Backend#sandbox()}, started once for all tests of
 * the run: S3Proxy + the action server on loopback) and a store client to see what is left in its bucket.
 */
public final class AppFixture {
  private static Backend sandbox;
  private static ObjectStore store;

  private AppFixture() {}

  public static synchronized Backend sandbox() throws Exception {
    if (sandbox == null) {
      sandbox = Backend.sandbox();
      sandbox.ready().get(120, TimeUnit.SECONDS);
      LocalStack handle = sandbox.sandboxHandle().orElseThrow();
      if (!handle.awaitReady()) {
        throw new IllegalStateException("the sandbox's model did not load");
      }
      store = ObjectStore.open(handle.storeSettings(), false);
      Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    }
    return sandbox;
  }

  /** The objects left in the sandbox bucket. */
  public static List<String> bucketObjects() throws Exception {
    sandbox();
    return store.list(1000);
  }

  /** A window over {@code backend} (not closed by the window), settings in {@code configDir}. */
  public static MainWindow show(Stage stage, Backend backend, FileOpener opener, Path configDir) throws Exception {
    BackendHolder holder = new BackendHolder(Backend::open);
    holder.use(backend, false);
    Files.createDirectories(configDir);
    MainWindow window = new MainWindow(holder, opener, configDir.resolve("config.json"), new Theme());
    // The whole window at once: the app adds these after its first frame, tests look them up at once.
    window.addResultAndHistory();
    stage.setScene(new Scene(window, 1180, 720));
    stage.show();
    stage.toFront();
    return window;
  }
}

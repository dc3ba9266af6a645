package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.SettingsLoader;
import java.io.PrintWriter;
import java.time.Duration;

/** Opens the backend the settings name; says on stderr when it is the local sandbox. */
final class Backends {
  private static volatile long startNanos = System.nanoTime();

  private Backends() {}

  static Backend open(ConnectionOptions connection, PrintWriter err) throws ClientException {
    ClientSettings settings = SettingsLoader.defaults().load(connection.flags());
    Backend backend = Backend.open(settings);
    if (backend.isSandbox()) {
      err.println("Using the local sandbox (nothing configured): " + backend.describe());
    }
    return backend;
  }

  static void markStart() {
    startNanos = System.nanoTime();
  }

  static Duration elapsedSinceStart() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}

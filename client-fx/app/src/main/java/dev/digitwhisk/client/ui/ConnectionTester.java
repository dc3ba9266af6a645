package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.backend.ConnectionCheck;
import dev.digitwhisk.client.config.ClientSettings;
import java.util.List;

/** "Test connection": the sandbox in use is tested as it runs; other settings get a short-lived connection of their own. */
final class ConnectionTester {
  private final BackendHolder holder;

  ConnectionTester(BackendHolder holder) {
    this.holder = holder;
  }

  /** Blocking; call off the FX thread. */
  ConnectionCheck test(ClientSettings settings) {
    Backend current = holder.current();
    try {
      if (settings.sandbox() && current != null && current.isSandbox()) {
        return current.test();
      }
      try (Backend probe = Backend.open(settings)) {
        return probe.test();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ConnectionCheck("(interrupted)", List.of(new ConnectionCheck.Check("Test", ConnectionCheck.Verdict.FAIL,
          "Interrupted.", "Try again.")));
    }
  }
}

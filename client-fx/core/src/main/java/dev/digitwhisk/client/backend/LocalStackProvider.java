package dev.digitwhisk.client.backend;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import java.util.ServiceLoader;

/**
 * Starts a {@link LocalStack}. Implemented by the module that carries one (dev.digitwhisk:client-sandbox)
 * and found on the class path with {@link ServiceLoader}: a launcher installs the sandbox by putting that
 * module on the class path, and a client without it still works with configured servers.
 */
public interface LocalStackProvider {
  /** Starts the stack on loopback; returns once it listens (the action may still be loading its model). */
  LocalStack start() throws ClientException;

  /**
   * True when a provider is on the class path. Costs a scan of every jar's services (~0.1 s on the
   * window's class path): ask only when the answer saves more, e.g. a second JVM start.
   */
  static boolean installed() {
    return ServiceLoader.load(LocalStackProvider.class).findFirst().isPresent();
  }

  /** The first provider on the class path; fails, saying how to use servers instead, when there is none. */
  static LocalStackProvider find() throws ClientException {
    return ServiceLoader.load(LocalStackProvider.class).findFirst().orElseThrow(() -> new ClientException(
        FailureKind.CONFIGURATION,
        "The local sandbox is not installed with this DigitWhisk (no dev.digitwhisk:client-sandbox on the class path).",
        "Configure your servers (store.endpoint, store.access-key, store.secret-key and openwhisk.apihost with "
            + "openwhisk.auth, or invoke.url) through flags, DIGITWHISK_* environment variables or the config file; "
            + "or start DigitWhisk with the sandbox on its class path."));
  }
}

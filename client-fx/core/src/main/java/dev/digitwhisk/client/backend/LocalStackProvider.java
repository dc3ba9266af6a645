package dev.digitwhisk.client.backend;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Starts a {@link LocalStack}. Implemented by the module that carries one (dev.digitwhisk:client-sandbox)
 * and found on the class path with {@link ServiceLoader}: a launcher installs the sandbox by putting that
 * module on the class path, and a client without it still works with configured servers.
 */
public interface LocalStackProvider {
  /** Starts the stack on loopback; returns once it listens (the action may still be loading its model). */
  LocalStack start() throws ClientException;

  /**
   * Environment variables the stack needs in its process before the JVM starts (a native library
   * reads them while loading, and Java cannot set them for its own process); empty when none.
   */
  default Map<String, String> processEnvironment() {
    return Map.of();
  }

  /**
   * The variables of the installed provider's {@link #processEnvironment()} that this process lacks:
   * what a launcher must add when it starts the JVM once more. Empty without a provider.
   */
  static Map<String, String> missingEnvironment() {
    return ServiceLoader.load(LocalStackProvider.class).findFirst()
        .map(provider -> provider.processEnvironment().entrySet().stream()
            .filter(variable -> System.getenv(variable.getKey()) == null)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
        .orElse(Map.of());
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

package dev.digitwhisk.client.sandbox;

import dev.digitwhisk.client.backend.LocalStack;
import dev.digitwhisk.client.backend.LocalStackProvider;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The {@link LocalStackProvider} of this module, named in its {@code META-INF/services}: on the class
 * path, the client's sandbox choice starts a {@link Sandbox}. Public with a public constructor, as
 * {@link java.util.ServiceLoader} wants for class-path providers.
 */
public final class SandboxProvider implements LocalStackProvider {
  /**
   * ONNX Runtime (the action) reads this while loading its native library: seen here, 1.29 kills the
   * JVM (SIGSEGV, no hs_err file) in {@code OrtEnvironment.getEnvironment} unless it is set. Java cannot
   * set it for its own process, so the launchers do (scripts/ort-env.sh, the installed start script)
   * and the window starts itself once more with it when they did not.
   */
  private static final Map<String, String> ENVIRONMENT = Map.of("ORT_DISABLE_TELEMETRY", "1");

  @Override
  public LocalStack start() throws SandboxException {
    return Sandbox.start();
  }

  @Override
  public Map<String, String> processEnvironment() {
    return ENVIRONMENT;
  }

  /** The one check: a process that starts the action without the variables is told so. */
  static void warnOfMissingEnvironment() {
    ENVIRONMENT.forEach((name, value) -> {
      if (System.getenv(name) == null) {
        LoggerFactory.getLogger(Sandbox.class).warn("{} is not set; ONNX Runtime may crash this process while it "
            + "starts. Launch DigitWhisk with {}={} in the environment.", name, name, value);
      }
    });
  }
}

package dev.digitwhisk.action.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;

/**
 * Whether {@code /init} has run, and the environment it brought. OpenWhisk initialises a container
 * once; a second {@code /init} is refused, as its runtime conformance tests require. This image is
 * a blackbox action: {@code code}, {@code binary} and {@code main} mean nothing to it and are ignored,
 * so {@code {}} and an empty body initialise it as well. {@code /run} works without any {@code /init}.
 */
final class InitState {
  public static final String ALREADY_INITIALIZED = "Cannot initialize the action more than once.";

  /** A second {@code /init}. */
  public static final class AlreadyInitializedException extends Exception {
    private static final long serialVersionUID = 1L;

    AlreadyInitializedException() {
      super(ALREADY_INITIALIZED);
    }
  }

  private final Map<String, String> processEnvironment;
  private final AtomicBoolean initialized = new AtomicBoolean();
  private volatile Map<String, String> environment;

  public InitState(Map<String, String> processEnvironment) {
    this.processEnvironment = Map.copyOf(processEnvironment);
    this.environment = this.processEnvironment;
  }

  /** Applies an {@code /init} body ({@code null} for none): its {@code value.env} joins the environment. */
  public void initialize(JsonNode body) throws AlreadyInitializedException {
    if (!initialized.compareAndSet(false, true)) {
      throw new AlreadyInitializedException();
    }
    JsonNode env = body == null ? null : body.path("value").path("env");
    if (env != null && env.isObject()) {
      Map<String, String> merged = new LinkedHashMap<>(processEnvironment);
      for (Map.Entry<String, JsonNode> e : env.properties()) {
        merged.put(e.getKey(), EnvValues.text(e.getValue()));
      }
      environment = Map.copyOf(merged);
    }
  }

  public boolean initialized() {
    return initialized.get();
  }

  /** The action's environment: the process's, with {@code /init}'s {@code env} applied on top. */
  public Map<String, String> environment() {
    return environment;
  }
}

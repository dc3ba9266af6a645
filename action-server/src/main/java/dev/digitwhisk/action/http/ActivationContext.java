package dev.digitwhisk.action.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code __OW_*} context of one activation. The invoker sends {@code namespace},
 * {@code action_name}, {@code action_version}, {@code activation_id}, {@code transaction_id},
 * {@code deadline} (epoch ms, as a JSON string or number) and, for actions annotated
 * {@code provide-api-key}, {@code api_key} beside {@code value}; every such key becomes
 * {@code __OW_<KEY>}. Keys the run body lacks come from the action's environment ({@code /init}'s
 * {@code env}, then the process environment, where {@code __OW_API_HOST} lives).
 * {@link #toString()} never shows the API key.
 */
record ActivationContext(Map<String, String> variables) {
  public static final String PREFIX = "__OW_";

  public ActivationContext {
    variables = Map.copyOf(variables);
  }

  /** The context of a run: the run body's keys (except {@code value}) over the environment's {@code __OW_*}. */
  public static ActivationContext of(JsonNode runBody, Map<String, String> environment) {
    Map<String, String> vars = new LinkedHashMap<>();
    environment.forEach((k, v) -> {
      if (k.startsWith(PREFIX) && v != null) {
        vars.put(k, v);
      }
    });
    if (runBody != null && runBody.isObject()) {
      for (Map.Entry<String, JsonNode> field : runBody.properties()) {
        if (!field.getKey().equals("value") && !field.getKey().isEmpty()) {
          vars.put(PREFIX + field.getKey().toUpperCase(Locale.ROOT), EnvValues.text(field.getValue()));
        }
      }
    }
    return new ActivationContext(vars);
  }

  public static ActivationContext empty() {
    return new ActivationContext(Map.of());
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(PREFIX + name.toUpperCase(Locale.ROOT))).filter(s -> !s.isEmpty());
  }

  public String activationId() {
    return get("activation_id").orElse("-");
  }

  public String namespace() {
    return get("namespace").orElse("");
  }

  public String actionName() {
    return get("action_name").orElse("");
  }

  public String transactionId() {
    return get("transaction_id").orElse("");
  }

  /** The activation's deadline in epoch milliseconds, when the invoker gave a readable one. */
  public Optional<Long> deadlineMillis() {
    return get("deadline").flatMap(text -> {
      try {
        double value = Double.parseDouble(text.strip());
        return value > 0 && Double.isFinite(value) ? Optional.of((long) value) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  /** Time left until the deadline at {@code nowMillis}; empty when there is no deadline. */
  public Optional<Duration> remaining(long nowMillis) {
    return deadlineMillis().map(deadline -> Duration.ofMillis(deadline - nowMillis));
  }

  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>(variables);
    shown.computeIfPresent(PREFIX + "API_KEY", (k, v) -> "(redacted)");
    return "ActivationContext" + shown;
  }
}

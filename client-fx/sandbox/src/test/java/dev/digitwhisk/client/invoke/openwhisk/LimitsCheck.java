package dev.digitwhisk.client.invoke.openwhisk;

import dev.digitwhisk.protocol.ActionLimits;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The controller's check of the limits in a {@code PUT …/actions/{name}} body, as apache/openwhisk has
 * it: the limits are read first (a value that is not a whole number is a malformed body: entity
 * {@code TimeLimit.scala}, {@code MemoryLimit.scala}, {@code LogLimit.scala},
 * {@code IntraConcurrencyLimit.scala} serdes), then only those present are checked in the order memory,
 * timeout, logs, concurrency, the maximum before the minimum, and the first failure is the answer
 * ({@code controller/Actions.scala} {@code checkActionLimits}; texts from {@code http/ErrorResponse.scala}).
 * The ranges are a default controller's ({@code application.conf} {@code whisk.time-limit},
 * {@code whisk.memory}, {@code whisk.log-limit}, {@code whisk.concurrency-limit}); standalone keeps them.
 */
final class LimitsCheck {
  // whisk.log-limit and whisk.concurrency-limit: the product never sets these, so only the stand-in names them.
  private static final int MIN_LOG_MB = 0;
  private static final int MAX_LOG_MB = 10;
  private static final int MIN_CONCURRENCY = 1;
  private static final int MAX_CONCURRENCY = 1;

  private LimitsCheck() {}

  /** The 400 answer's text for these limits, or empty when the controller accepts them. */
  static Optional<String> problem(JsonNode limits) {
    if (limits == null || !limits.isObject()) {
      return Optional.empty();
    }
    for (String[] field : new String[][] {{"memory", "memory limit"}, {"timeout", "time limit"}, {"logs", "log limit"},
        {"concurrency", "intra concurrency limit"}}) {
      JsonNode value = limits.get(field[0]);
      if (value != null && !value.isIntegralNumber()) {
        return Optional.of("The request content was malformed:\n" + field[1] + " must be whole number");
      }
    }
    return size(limits, "memory", "memory", ActionLimits.MIN_MEMORY_MB, ActionLimits.MAX_MEMORY_MB)
        .or(() -> duration(limits))
        .or(() -> size(limits, "logs", "log", MIN_LOG_MB, MAX_LOG_MB))
        .or(() -> concurrency(limits));
  }

  private static Optional<String> duration(JsonNode limits) {
    if (!limits.has("timeout")) {
      return Optional.empty();
    }
    long ms = limits.get("timeout").asLong();
    long max = ActionLimits.MAX_TIMEOUT.toMillis();
    long min = ActionLimits.MIN_TIMEOUT.toMillis();
    if (ms > max) {
      return Optional.of("duration " + ms + " milliseconds exceeds allowed threshold of " + max + " milliseconds");
    }
    return ms < min ? Optional.of("duration " + ms + " milliseconds below allowed threshold of " + min + " milliseconds")
        : Optional.empty();
  }

  private static Optional<String> size(JsonNode limits, String key, String field, long min, long max) {
    if (!limits.has(key)) {
      return Optional.empty();
    }
    long mb = limits.get(key).asLong();
    if (mb > max) {
      return Optional.of(field + " size " + mb + " MB exceeds allowed threshold of " + max + " MB");
    }
    return mb < min ? Optional.of(field + " size " + mb + " MB below allowed threshold of " + min + " MB") : Optional.empty();
  }

  private static Optional<String> concurrency(JsonNode limits) {
    if (!limits.has("concurrency")) {
      return Optional.empty();
    }
    long n = limits.get("concurrency").asLong();
    if (n > MAX_CONCURRENCY) {
      return Optional.of("concurrency " + n + " exceeds allowed threshold of " + MAX_CONCURRENCY);
    }
    return n < MIN_CONCURRENCY ? Optional.of("concurrency " + n + " below allowed threshold of " + MIN_CONCURRENCY)
        : Optional.empty();
  }
}

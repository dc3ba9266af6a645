package dev.digitwhisk.client.invoke;

import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads an OpenWhisk activation record: {@code activationId}, {@code duration},
 * {@code response.result} and the annotations {@code initTime} (only on a cold start),
 * {@code waitTime} and {@code kind}.
 */
final class ActivationRecords {
  private ActivationRecords() {}

  static boolean looksLikeRecord(JsonNode node) {
    return node != null && node.isObject() && node.has("activationId") && node.path("response").isObject();
  }

  static ActivationInfo info(JsonNode record, String headerId) {
    String id = record.path("activationId").asString(headerId == null ? "" : headerId);
    Optional<Duration> init = annotationMillis(record, "initTime");
    Optional<Duration> wait = annotationMillis(record, "waitTime");
    Optional<Duration> duration = record.path("duration").isNumber()
        ? Optional.of(Duration.ofMillis(record.path("duration").asLong())) : Optional.empty();
    boolean hasAnnotations = record.path("annotations").isArray() && !record.path("annotations").isEmpty();
    ActivationInfo.Start start = init.isPresent() ? ActivationInfo.Start.COLD
        : hasAnnotations ? ActivationInfo.Start.WARM : ActivationInfo.Start.UNKNOWN;
    return new ActivationInfo(Optional.of(id).filter(s -> !s.isBlank()), start, init, wait, duration);
  }

  static JsonNode result(JsonNode record) {
    return record.path("response").path("result");
  }

  private static Optional<Duration> annotationMillis(JsonNode record, String key) {
    for (JsonNode a : record.path("annotations")) {
      if (key.equals(a.path("key").asString("")) && a.path("value").isNumber()) {
        return Optional.of(Duration.ofMillis(a.path("value").asLong()));
      }
    }
    return Optional.empty();
  }
}

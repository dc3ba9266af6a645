package dev.digitwhisk.client.invoke;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What OpenWhisk said about one activation: its id and, from the activation record's annotations,
 * {@code initTime} (present only when a new container was initialised: a cold start),
 * {@code waitTime} (queueing in the system) and the run's {@code duration}. Web-action, API-gateway
 * and direct invocations learn less; what is unknown stays empty.
 */
public record ActivationInfo(
    Optional<String> activationId,
    Start start,
    Optional<Duration> initTime,
    Optional<Duration> waitTime,
    Optional<Duration> duration) {

  /** Whether the activation needed a fresh container. */
  public enum Start { COLD, WARM, UNKNOWN }

  public ActivationInfo {
    Objects.requireNonNull(activationId, "activationId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(initTime, "initTime");
    Objects.requireNonNull(waitTime, "waitTime");
    Objects.requireNonNull(duration, "duration");
  }

  public static ActivationInfo unknown() {
    return new ActivationInfo(Optional.empty(), Start.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Only an id (e.g. from the {@code x-openwhisk-activation-id} header). */
  public static ActivationInfo ofId(String activationId) {
    return new ActivationInfo(Optional.ofNullable(activationId).filter(s -> !s.isBlank()), Start.UNKNOWN,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean cold() {
    return start == Start.COLD;
  }
}

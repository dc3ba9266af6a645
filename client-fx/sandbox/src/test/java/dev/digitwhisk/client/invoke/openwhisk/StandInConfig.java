package dev.digitwhisk.client.invoke.openwhisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a stand-in controller is set up, as a deployment's configuration would set the real one.
 *
 * @param invocationsPerMinute {@code whisk.config.limits-actions-invokes-perMinute}: invocations one
 *     namespace may start per calendar minute
 * @param concurrentInvocations {@code whisk.config.limits-actions-invokes-concurrent}: activations of
 *     one namespace in flight at once
 * @param hostNetwork whether the action containers share the host's network, and so its loopback; on
 *     Docker's default bridge (standalone's and the compose kit's) they do not
 * @param clock what the per-minute throttle reads the time from
 * @param maxWait {@code whisk.controller.activation.max-wait-for-blocking-activation}: how long a blocking
 *     invoke waits unless {@code ?timeout=} asks for less (and the most it may ask for), and how long a web
 *     action waits, before answering 202
 * @param payloadMaxBytes {@code whisk.activation.payload.max}: the largest invoke body (by its
 *     {@code Content-Length}) the controller takes, REST or web; a larger one is 413
 */
public record StandInConfig(int invocationsPerMinute, int concurrentInvocations, boolean hostNetwork, Clock clock,
    Duration maxWait, long payloadMaxBytes) {
  private static final Path COMPOSE_KIT_CONF = Path.of("packaging", "deploy", "openwhisk", "standalone.conf");

  public StandInConfig {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxWait.toMillis() <= 0 || payloadMaxBytes <= 0) {
      throw new IllegalArgumentException("the wait and the payload limit must be positive: " + maxWait + ", " + payloadMaxBytes);
    }
    if (invocationsPerMinute < 0 || concurrentInvocations < 0) {
      throw new IllegalArgumentException("limits cannot be negative: " + invocationsPerMinute + ", " + concurrentInvocations);
    }
  }

  /**
   * OpenWhisk standalone's own settings: 60 invocations a minute and 30 in flight per namespace
   * ({@code core/standalone/src/main/resources/standalone.conf}), containers on Docker's bridge, and
   * {@code application.conf}'s 60 s wait and 1 MiB payload ({@code max-wait-for-blocking-activation},
   * {@code whisk.activation.payload.max = 1 m}), which standalone keeps.
   */
  public static StandInConfig standalone() {
    return new StandInConfig(60, 30, false, Clock.systemUTC(), Duration.ofSeconds(60), 1 << 20);
  }

  /**
   * The throttles the project's compose kit gives standalone, read from its
   * {@code packaging/deploy/openwhisk/standalone.conf}; its containers are on Docker's bridge too.
   */
  public static StandInConfig composeKit() {
    String conf = readComposeKitConf();
    return standalone().withLimits(setting(conf, "limits-actions-invokes-perMinute"),
        setting(conf, "limits-actions-invokes-concurrent"));
  }

  public StandInConfig withLimits(int perMinute, int concurrent) {
    return new StandInConfig(perMinute, concurrent, hostNetwork, clock, maxWait, payloadMaxBytes);
  }

  /** Containers reach the host's loopback, as with {@code --network host}. */
  public StandInConfig withHostNetwork() {
    return new StandInConfig(invocationsPerMinute, concurrentInvocations, true, clock, maxWait, payloadMaxBytes);
  }

  public StandInConfig withClock(Clock clock) {
    return new StandInConfig(invocationsPerMinute, concurrentInvocations, hostNetwork, clock, maxWait, payloadMaxBytes);
  }

  /** A deployment with another {@code max-wait-for-blocking-activation} (a test shrinks it to see the web 202). */
  public StandInConfig withMaxWait(Duration maxWait) {
    return new StandInConfig(invocationsPerMinute, concurrentInvocations, hostNetwork, clock, maxWait, payloadMaxBytes);
  }

  // The tests of every module run inside the repository: the kit's file is found above the working directory.
  private static String readComposeKitConf() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path conf = dir.resolve(COMPOSE_KIT_CONF);
      if (Files.isRegularFile(conf)) {
        try {
          return Files.readString(conf);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(COMPOSE_KIT_CONF + " not found above " + Path.of("").toAbsolutePath());
  }

  private static int setting(String conf, String key) {
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=\\s*(\\d+)\\s*$").matcher(conf);
    if (!m.find()) {
      throw new IllegalStateException("the compose kit's standalone.conf sets no " + key);
    }
    return Integer.parseInt(m.group(1));
  }
}

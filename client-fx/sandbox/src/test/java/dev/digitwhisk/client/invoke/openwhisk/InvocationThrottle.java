package dev.digitwhisk.client.invoke.openwhisk;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The controller's two invocation throttles, per namespace, checked in this order
 * (core/controller/.../entitlement/Entitlement.scala {@code checkThrottles}):
 * <ul>
 *   <li>per minute ({@code RateThrottler.scala}): every check charges the namespace one invocation in
 *       the current calendar minute ({@code currentTimeMillis / 60000}), refused ones included, and
 *       refuses once the count passes the limit ({@code TimedRateLimit}: {@code count <= allowed});</li>
 *   <li>in flight ({@code ActivationThrottler.scala}): the namespace's activations not yet completed,
 *       refused when they already reach the limit ({@code ConcurrentRateLimit}: {@code count < allowed}).</li>
 * </ul>
 * The refusal is 429 with {@code Messages.tooManyRequests} or {@code tooManyConcurrentRequests} and no
 * {@code Retry-After}.
 */
final class InvocationThrottle {
  private final StandInConfig config;
  private final Map<String, MinuteCount> perMinute = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger forced = new AtomicInteger();

  InvocationThrottle(StandInConfig config) {
    this.config = config;
  }

  /** The next {@code n} checks refuse with the per-minute text, whatever the counts (a test knob). */
  void refuseNext(int n) {
    forced.set(n);
  }

  /** Charges one invocation to {@code namespace}; the controller's refusal text, or empty when it may start. */
  Optional<String> check(String namespace) {
    int allowed = config.invocationsPerMinute();
    int count = perMinute.computeIfAbsent(namespace, n -> new MinuteCount()).charge(minute());
    if (forced.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      return Optional.of(tooManyRequests(Math.max(count, allowed + 1), allowed));
    }
    if (count > allowed) {
      return Optional.of(tooManyRequests(count, allowed));
    }
    int running = inFlight(namespace).get();
    if (running >= config.concurrentInvocations()) {
      return Optional.of("Too many concurrent requests in flight (count: " + running + ", allowed: "
          + config.concurrentInvocations() + ").");
    }
    return Optional.empty();
  }

  /** An activation of {@code namespace} started; call {@link #completed} when its record is written. */
  void started(String namespace) {
    inFlight(namespace).incrementAndGet();
  }

  void completed(String namespace) {
    inFlight(namespace).decrementAndGet();
  }

  private AtomicInteger inFlight(String namespace) {
    return inFlight.computeIfAbsent(namespace, n -> new AtomicInteger());
  }

  private long minute() {
    return config.clock().millis() / 60_000;
  }

  private static String tooManyRequests(int count, int allowed) {
    return "Too many requests in the last minute (count: " + count + ", allowed: " + allowed + ").";
  }

  /** One namespace's invocations in the calendar minute it last saw (RateThrottler.scala's {@code RateInfo}). */
  private static final class MinuteCount {
    private long minute = Long.MIN_VALUE;
    private int count;

    synchronized int charge(long now) {
      if (now != minute) {
        minute = now;
        count = 0;
      }
      return ++count;
    }
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The controller's invocation throttles (Entitlement.scala, RateThrottler.scala, ActivationThrottler.scala),
 * with limits lowered through {@link StandInConfig} and a {@link StepClock} for the calendar minute.
 * Invoking an action that does not exist is enough for the per-minute throttle: the invoke is charged
 * before the action is looked up.
 */
class InvocationThrottleTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.answersOnly();

  private static final Instant HALF_PAST = Instant.parse("2026-01-01T10:00:30Z");

  @Test
  void standalone_allows60AMinuteAnd30InFlight() {
    StandInConfig standalone = StandInConfig.standalone();
    assertThat(standalone.invocationsPerMinute()).isEqualTo(60);
    assertThat(standalone.concurrentInvocations()).isEqualTo(30);
    assertThat(standalone.hostNetwork()).isFalse();
  }

  @Test
  void composeKit_raisesTheLimitsAsItsStandaloneConfSays() {
    StandInConfig kit = StandInConfig.composeKit();
    assertThat(kit.invocationsPerMinute()).isGreaterThan(StandInConfig.standalone().invocationsPerMinute());
    assertThat(kit.concurrentInvocations()).isGreaterThan(StandInConfig.standalone().concurrentInvocations());
    assertThat(kit.hostNetwork()).as("the kit's containers are on Docker's bridge").isFalse();
  }

  @Test
  void perMinute_countsRefusedCallsToo_beforeTheLookup_andRestartsWithTheCalendarMinute() throws Exception {
    StepClock clock = new StepClock(HALF_PAST);
    try (OpenWhiskStandIn openwhisk = OpenWhiskStandIn.startEmpty("guest", StandInConfig.standalone().withLimits(3, 30).withClock(clock))) {
      for (int i = 0; i < 3; i++) {
        assertThat(invoke(openwhisk, "_", "nope").statusCode()).isEqualTo(404);
      }
      assertRefused(invoke(openwhisk, "_", "nope"), "Too many requests in the last minute (count: 4, allowed: 3).");
      assertRefused(invoke(openwhisk, "other", "nope"), "Too many requests in the last minute (count: 5, allowed: 3).");

      clock.advance(Duration.ofSeconds(29)); // 10:00:59, the same minute
      assertRefused(invoke(openwhisk, "_", "nope"), "Too many requests in the last minute (count: 6, allowed: 3).");
      clock.advance(Duration.ofSeconds(1)); // 10:01:00, a new minute: 30 s after the first call, not 60
      assertThat(invoke(openwhisk, "_", "nope").statusCode()).isEqualTo(404);
      assertThat(invoke(openwhisk, "other", "nope").statusCode()).as("throttled before the namespace is checked").isEqualTo(403);
    }
  }

  @Test
  void webActions_areChargedToTheOwnersNamespace_afterTheLookup() throws Exception {
    try (OpenWhiskStandIn openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withLimits(2, 30))) {
      assertThat(invoke(openwhisk, "_", "nope").statusCode()).isEqualTo(404);
      assertThat(invoke(openwhisk, "_", "nope").statusCode()).isEqualTo(404);
      HttpResponse<String> missing = StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/nope.json", "{}", null);
      assertThat(missing.statusCode()).as("a missing web action is looked up first, and not charged").isEqualTo(404);

      assertRefused(StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/mnist.json", "{}", null),
          "Too many requests in the last minute (count: 3, allowed: 2).");
    }
  }

  @Test
  void inFlight_refusesOnceTheRunningActivationsReachTheLimit_andCountsNonBlockingOnes() throws Exception {
    try (OpenWhiskStandIn openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withLimits(60, 1))) {
      openwhisk.runDelay(Duration.ofSeconds(2));
      HttpResponse<String> first = invoke(openwhisk, "_", "mnist");
      assertThat(first.statusCode()).isEqualTo(202);

      assertRefused(invoke(openwhisk, "_", "mnist"), "Too many concurrent requests in flight (count: 1, allowed: 1).");

      String id = StandInCalls.json(first).path("activationId").asString();
      assertThat(StandInCalls.awaitRecord(openwhisk, id).statusCode()).isEqualTo(200);
      openwhisk.runDelay(Duration.ZERO);
      assertThat(invoke(openwhisk, "_", "mnist").statusCode()).as("the finished activation no longer counts").isEqualTo(202);
    }
  }

  @Test
  void throttleNext_answersTheControllersPerMinuteText() throws Exception {
    try (OpenWhiskStandIn openwhisk = OpenWhiskStandIn.startEmpty("guest")) {
      openwhisk.throttleNext(1);
      assertRefused(invoke(openwhisk, "_", "nope"), "Too many requests in the last minute (count: 61, allowed: 60).");
      assertThat(invoke(openwhisk, "_", "nope").statusCode()).isEqualTo(404);
    }
  }

  private static HttpResponse<String> invoke(OpenWhiskStandIn openwhisk, String namespace, String action) throws Exception {
    return StandInCalls.call(openwhisk, "POST", "/api/v1/namespaces/" + namespace + "/actions/" + action, "{}", openwhisk.auth());
  }

  private static void assertRefused(HttpResponse<String> answer, String message) {
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(StandInCalls.json(answer).path("error").asString()).isEqualTo(message);
    assertThat(answer.headers().firstValue("Retry-After")).as("the controller never sends Retry-After").isEmpty();
  }
}

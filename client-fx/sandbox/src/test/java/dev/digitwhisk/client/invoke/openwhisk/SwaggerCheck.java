package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Checks every exchange a test class has with any stand-in against the controller's swagger
 * ({@link SwaggerContract}), and fails the class when one breaks it or when its passing tests checked nothing.
 * Register it with {@code @RegisterExtension static final SwaggerCheck SWAGGER = …}.
 * {@link #requestsAndAnswers()} is for tests whose requests come from the client's own code;
 * {@link #answersOnly()} for tests that send off-contract requests on purpose, to see the refusal.
 */
public final class SwaggerCheck implements BeforeAllCallback, AfterAllCallback, TestWatcher {
  private static final SwaggerContract CONTRACT = new SwaggerContract();

  private final boolean requests;
  private final AtomicInteger requestsChecked = new AtomicInteger();
  private final AtomicInteger answersChecked = new AtomicInteger();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final AtomicInteger testsPassed = new AtomicInteger();
  private AutoCloseable observation;

  private SwaggerCheck(boolean requests) {
    this.requests = requests;
  }

  public static SwaggerCheck requestsAndAnswers() {
    return new SwaggerCheck(true);
  }

  public static SwaggerCheck answersOnly() {
    return new SwaggerCheck(false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    observation = OpenWhiskStandIn.observeExchanges(this::check);
  }

  private void check(StandInExchange exchange) {
    if (!SwaggerContract.covers(exchange)) {
      return;
    }
    String call = exchange.method() + " " + exchange.rawPath() + (exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery())
        + " → " + exchange.status();
    // The stand-in's server thread calls this: a check that throws would be lost there, so it is an error here.
    try {
      if (requests) {
        requestsChecked.incrementAndGet();
        CONTRACT.checkRequest(exchange).forEach(e -> errors.add("request " + call + ": " + e));
      }
      answersChecked.incrementAndGet();
      CONTRACT.checkAnswer(exchange).forEach(e -> errors.add("answer " + call + ": " + e));
    } catch (RuntimeException e) {
      errors.add("check of " + call + " failed: " + e);
    }
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    testsPassed.incrementAndGet();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    observation.close();
    System.out.printf("swagger validation: %d requests, %d answers checked, %d errors (%s)%n",
        requestsChecked.get(), answersChecked.get(), errors.size(), context.getDisplayName());
    errors.forEach(e -> System.out.println("  " + e));
    assertThat(errors).as("breaches of the controller's apiv1swagger.json").isEmpty();
    if (testsPassed.get() == 0) {
      return; // every test was skipped (a missing tool) or failed on its own: no count to demand
    }
    assertThat(answersChecked.get()).as("answers checked against the swagger").isPositive();
    if (requests) {
      assertThat(requestsChecked.get()).as("requests checked against the swagger").isPositive();
    }
  }
}

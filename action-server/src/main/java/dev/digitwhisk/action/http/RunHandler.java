package dev.digitwhisk.action.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.action.classify.ClassifyRequest;
import dev.digitwhisk.action.classify.DigitPipeline;
import dev.digitwhisk.action.classify.Outcome;
import dev.digitwhisk.action.classify.ResultJson;
import dev.digitwhisk.action.fetch.UrlRedactor;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /run}: one activation. Everything the action can say about the image — including bad
 * parameters and a store that refuses — is HTTP 200 with {@code res:-1}, a precise {@code code} and
 * an {@code error} (OpenWhisk: application error). Only a request that is not an activation at all
 * gets another status: 400 for a body that is not a JSON object, 413 for one over the cap. Whatever
 * happens, the activation ends with one log line and the sentinel on stdout and stderr.
 */
final class RunHandler implements HttpHandler {
  /** Kept back from the activation's deadline so the answer still gets out in time. */
  static final Duration DEADLINE_MARGIN = Duration.ofMillis(250);

  private final InitState state;
  private final DigitPipeline pipeline;
  private final ActivationLog log;
  private final long maxBodyBytes;
  private final Duration defaultBudget;

  RunHandler(InitState state, DigitPipeline pipeline, ActivationLog log, long maxBodyBytes, Duration defaultBudget) {
    this.state = state;
    this.pipeline = pipeline;
    this.log = log;
    this.maxBodyBytes = maxBodyBytes;
    this.defaultBudget = defaultBudget;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/run")) {
        Exchanges.send(exchange, 404, Exchanges.error("There is no such path; use POST /init and POST /run."), false);
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        Exchanges.send(exchange, 405, Exchanges.error("Use POST /run with {\"value\":{\"url\":…}}."), false);
        return;
      }
      activation(exchange);
    }
  }

  private void activation(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    ActivationRecord record = new ActivationRecord();
    try {
      JsonNode body = Json.parse(Exchanges.readBody(exchange, maxBodyBytes));
      if (body != null && !body.isObject()) {
        reply(exchange, record, 400, "The /run body must be a JSON object such as {\"value\":{\"url\":\"…\"}}.", false);
        return;
      }
      record.body = body;
      record.context = ActivationContext.of(body, state.environment());
      ClassifyRequest request = ClassifyRequest.from(body == null ? null : body.get("value"));
      List<Outcome> outcomes = pipeline.classify(request, budget(record.context));
      record.outcomes = outcomes;
      JsonNode answer = request.batch()
          ? ResultJson.batch(outcomes, millisSince(started))
          : ResultJson.single(outcomes.getFirst(), isWebAction(body));
      record.code = request.batch() ? 200 : outcomes.getFirst().code();
      Exchanges.send(exchange, 200, answer, false);
    } catch (Exchanges.BodyTooLargeException e) {
      reply(exchange, record, 413, e.getMessage(), true);
    } catch (Json.MalformedJsonException e) {
      reply(exchange, record, 400, "The /run body is not JSON: " + UrlRedactor.scrub(e.getMessage()), false);
    } catch (ActionException e) {
      record.code = e.code();
      record.error = e.getMessage();
      Exchanges.send(exchange, 200, ResultJson.failure(e.code(), e.getMessage(), isWebAction(record.body)), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(exchange, record, 503, "The action is shutting down.", true);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      record.code = 500;
      record.error = "internal error: " + e;
      Exchanges.send(exchange, 200, ResultJson.failure(ErrorKind.INTERNAL.code(), "The action failed on our side: " + e,
          false), false);
    } finally {
      record.totalMillis = millisSince(started);
      log.activationDone(record.summary(), record.errorDetail());
    }
  }

  /** A reply outside the activation protocol (HTTP status other than 200), still with the answer shape. */
  private static void reply(HttpExchange exchange, ActivationRecord record, int status, String message,
      boolean close) throws IOException {
    record.code = status;
    record.error = message;
    Exchanges.send(exchange, status, ResultJson.failure(status, message, false), close);
  }

  /** Web actions (and the API gateway in front of them) add {@code __ow_method} to the parameters. */
  private static boolean isWebAction(JsonNode body) {
    return body != null && body.path("value").has("__ow_method");
  }

  private Duration budget(ActivationContext context) {
    return context.remaining(System.currentTimeMillis())
        .map(left -> left.minus(DEADLINE_MARGIN))
        .map(left -> left.compareTo(defaultBudget) < 0 ? left : defaultBudget)
        .orElse(defaultBudget);
  }

  private static double millisSince(long startNanos) {
    return Math.round((System.nanoTime() - startNanos) / 1e3) / 1000.0;
  }
}

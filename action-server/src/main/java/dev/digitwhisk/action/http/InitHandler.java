package dev.digitwhisk.action.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.digitwhisk.protocol.Json;
import java.io.IOException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /init}: accepts an empty body, {@code {}} or the invoker's
 * {@code {"value":{"name","main","code","binary","env"}}} (code is ignored: this is a blackbox image)
 * and answers 200 {@code {"ok":true}}. A second call is refused with 403 and
 * {@code {"error":"Cannot initialize the action more than once."}}, the message OpenWhisk's runtime
 * conformance tests expect, also written to stderr as those tests check.
 */
final class InitHandler implements HttpHandler {
  private final InitState state;
  private final ActivationLog log;
  private final long maxBodyBytes;

  InitHandler(InitState state, ActivationLog log, long maxBodyBytes) {
    this.state = state;
    this.log = log;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/init")) {
        Exchanges.send(exchange, 404, Exchanges.error("There is no such path; use POST /init and POST /run."), false);
        return;
      }
      if (!exchange.getRequestMethod().equals("POST") && !exchange.getRequestMethod().equals("GET")) {
        Exchanges.send(exchange, 405, Exchanges.error("Use POST /init."), false);
        return;
      }
      if (state.initialized()) {
        log.warn(InitState.ALREADY_INITIALIZED);
        Exchanges.send(exchange, 403, Exchanges.error(InitState.ALREADY_INITIALIZED), false);
        return;
      }
      JsonNode body;
      try {
        body = Json.parse(Exchanges.readBody(exchange, maxBodyBytes));
      } catch (Exchanges.BodyTooLargeException e) {
        Exchanges.send(exchange, 413, Exchanges.error(e.getMessage()), true);
        return;
      } catch (Json.MalformedJsonException e) {
        Exchanges.send(exchange, 400, Exchanges.error("The /init body is not JSON: " + e.getMessage()), false);
        return;
      }
      if (body != null && !body.isObject()) {
        Exchanges.send(exchange, 400, Exchanges.error("The /init body must be a JSON object."), false);
        return;
      }
      try {
        state.initialize(body);
      } catch (InitState.AlreadyInitializedException e) {
        log.warn(e.getMessage());
        Exchanges.send(exchange, 403, Exchanges.error(e.getMessage()), false);
        return;
      }
      Exchanges.send(exchange, 200, Json.object().put("ok", true), false);
    } catch (RuntimeException e) {
      log.warn("init failed: " + e);
      throw e;
    }
  }
}

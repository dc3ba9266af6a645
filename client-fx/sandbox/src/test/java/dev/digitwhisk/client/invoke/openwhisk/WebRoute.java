package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A web-action (or API-gateway → web-action) call with the {@code .json} extension, as
 * {@code WebActions.scala} answers it: the JSON body's fields become parameters next to
 * {@code __ow_method}/{@code __ow_headers}/{@code __ow_path}; success → 200 with the result; an
 * application error → the result's {@code error} field, which {@code .json} only passes as 200 when
 * it is an object (a string becomes 400 "only available with these types"); a developer error →
 * 400 "Request could not be processed."; still running after the wait → 202 "Response not yet ready.".
 */
final class WebRoute {
  private final OpenWhiskStandIn standIn;
  private final HttpExchange exchange;
  private final StandInAction action;

  WebRoute(OpenWhiskStandIn standIn, HttpExchange exchange, StandInAction action) {
    this.standIn = standIn;
    this.exchange = exchange;
    this.action = action;
  }

  void handle() throws IOException, InterruptedException {
    // Throttled after the action is found and exported, against its owner's namespace (WebActions.scala
    // verifyWebAction: identity of the namespace, action lookup, export check, then the entitlement check).
    if (standIn.throttled(exchange, action.namespace)) {
      return;
    }
    JsonNode body = StandInJson.readBody(exchange);
    ObjectNode params = StandInJson.MAPPER.createObjectNode();
    if (body != null && body.isObject()) {
      params.setAll((ObjectNode) body);
    }
    params.put("__ow_method", exchange.getRequestMethod().toLowerCase(java.util.Locale.ROOT));
    ObjectNode headers = params.putObject("__ow_headers");
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    params.put("__ow_path", "");
    String id = StandInJson.id();
    exchange.getResponseHeaders().set("x-openwhisk-activation-id", id);
    ObjectNode record = standIn.activate(action, params, id, OpenWhiskStandIn.MAX_WAIT);
    if (record == null) {
      StandInJson.send(exchange, 202, StandInJson.error(StandInJson.RESPONSE_NOT_READY));
      return;
    }
    int code = ActivationRunner.Outcome.of(record).code;
    JsonNode result = record.path("response").path("result");
    if (code == 0 || code == 1) {
      JsonNode projection = code == 0 ? result : result.get("error");
      if (projection != null && (projection.isObject() || projection.isArray())) {
        StandInJson.send(exchange, 200, projection);
      } else {
        StandInJson.send(exchange, 400, StandInJson.error(StandInJson.INVALID_JSON_MEDIA));
      }
      return;
    }
    StandInJson.send(exchange, 400, StandInJson.error(StandInJson.ERROR_PROCESSING));
  }
}

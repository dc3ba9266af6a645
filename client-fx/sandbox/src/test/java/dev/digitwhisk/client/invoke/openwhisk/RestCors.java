package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's CORS, as {@code controller/RestAPIs.scala} {@code routes} has it: the REST routes sit inside
 * {@code sendCorsHeaders} ({@code http/CorsSettings.scala} {@code RestAPIs}), so every answer those routes
 * complete carries the three headers, while a rejection (401, Pekko's not-found, 405) is turned into an answer
 * outside them and carries none. An {@code OPTIONS} that no route completes reaches the last route,
 * {@code options { sendCorsHeaders { complete(OK) } }}: a browser's preflight is 200 {@code OK} on any path,
 * with or without credentials. Web actions answer their own {@code OPTIONS} ({@link WebRoute}).
 */
final class RestCors {
  /** {@code CorsSettings.Defaults.allowHeaders}, shared by the REST and web routes. */
  static final String ALLOW_HEADERS = "Authorization, Origin, X-Requested-With, Content-Type, Accept, User-Agent";
  /** {@code CorsSettings.RestAPIs.allowMethods}. */
  static final String ALLOW_METHODS = "GET, DELETE, POST, PUT, HEAD";

  private RestCors() {}

  /** Before an answer a REST route completes. */
  static void add(HttpExchange exchange) {
    var headers = exchange.getResponseHeaders();
    headers.set("Access-Control-Allow-Origin", "*");
    headers.set("Access-Control-Allow-Headers", ALLOW_HEADERS);
    headers.set("Access-Control-Allow-Methods", ALLOW_METHODS);
  }

  /** Pekko's not-found: a rejection, answered without the REST route's headers. */
  static void noRoute(HttpExchange exchange) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.remove("Access-Control-Allow-Origin");
    headers.remove("Access-Control-Allow-Headers");
    headers.remove("Access-Control-Allow-Methods");
    StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NO_ROUTE));
  }

  /** The last route: {@code complete(OK)} renders the status's text as a plain-text entity. */
  static void preflight(HttpExchange exchange) throws IOException {
    add(exchange);
    byte[] body = "OK".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}

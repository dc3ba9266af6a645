package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON answers in OpenWhisk's shapes, e.g. errors {@code {"error":"…","code":"<transaction id>"}}. */
final class StandInJson {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  // The controller's own texts (org.apache.openwhisk.http.Messages, ErrorResponse.response) and those of
  // Pekko's default rejection handler, which BasicHttpService wraps the same way.
  static final String CREDENTIALS_MISSING = "The resource requires authentication, which was not supplied with the request";
  static final String CREDENTIALS_REJECTED = "The supplied authentication is invalid";
  static final String NOT_FOUND = "The requested resource does not exist.";
  static final String NO_ROUTE = "The requested resource could not be found.";
  static final String ALREADY_EXISTS = "resource already exists";
  static final String INTERNAL_ERROR = "There was an internal server error.";

  private StandInJson() {}

  static String id() {
    byte[] b = new byte[16];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static ObjectNode error(String message) {
    return MAPPER.createObjectNode().put("error", message).put("code", id());
  }

  static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  static JsonNode readBody(HttpExchange exchange) throws IOException {
    return parse(exchange.getRequestBody().readAllBytes());
  }

  /** A body as JSON: none is {@code {}}, one that does not parse is null. */
  static JsonNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A web-action call (or an API-gateway route to one), answered as {@code controller/WebActions.scala}
 * does once the action is found, exported and not throttled: a JSON object body's fields become
 * parameters, with the query's, next to {@code __ow_method}, {@code __ow_headers} and {@code __ow_path}
 * (the path after the action's name); a body or query that sets one of those reserved names is refused
 * (400); a body over the payload limit is 413; the call waits up to the controller's
 * {@code max-wait-for-blocking-activation} (60 s; 202 {@code Response not yet ready.} after, with the id header); success projects the
 * result, an application error its {@code error} field, through the extension's transcoder
 * ({@link Extension}); a developer or system error is 400 {@code There was an error processing your request.};
 * an action annotated {@code require-whisk-auth} wants its secret or the caller's key (401 otherwise).
 */
final class WebRoute {
  static final String RESPONSE_NOT_READY = "Response not yet ready.";
  static final String ERROR_PROCESSING = "There was an error processing your request.";
  static final String PROPERTY_NOT_FOUND = "Response does not include requested property.";
  static final String PARAMETERS_NOT_ALLOWED = "Request defines parameters that are not allowed (e.g., reserved properties).";
  static final String UNAUTHORIZED = "Authentication is possible but has failed or not yet been provided.";
  static final String HTTP_CONTENT_TYPE_ERROR = "Response type in header did not match generated content type.";
  // WebApiDirectives.reservedProperties.
  private static final List<String> RESERVED = List.of("__ow_method", "__ow_headers", "__ow_path", "__ow_user", "__ow_query", "__ow_body");

  /** WebActions.scala's media transcoders, by extension; a name with none of them is {@code .http}. */
  enum Extension {
    HTTP(".http", "message/http"), JSON(".json", "application/json"), HTML(".html", "text/html"),
    SVG(".svg", "image/svg+xml"), TEXT(".text", "text/plain");

    final String suffix;
    final String mediaType;

    Extension(String suffix, String mediaType) {
      this.suffix = suffix;
      this.mediaType = mediaType;
    }

    /** {@code Messages.invalidMedia}. */
    String invalid() {
      return "Response is not valid '" + mediaType + "'.";
    }

    /** The extension a path segment ends with, {@code .http} when none (enforce-extension is off). */
    static Extension of(String segment) {
      for (Extension e : values()) {
        if (segment.endsWith(e.suffix)) {
          return e;
        }
      }
      return HTTP;
    }

    String baseName(String segment) {
      return segment.endsWith(suffix) ? segment.substring(0, segment.length() - suffix.length()) : segment;
    }
  }

  private final OpenWhiskStandIn standIn;
  private final HttpExchange exchange;
  private final StandInAction action;
  private final Extension extension;
  private final String path;

  WebRoute(OpenWhiskStandIn standIn, HttpExchange exchange, StandInAction action, Extension extension, String path) {
    this.standIn = standIn;
    this.exchange = exchange;
    this.action = action;
    this.extension = extension;
    this.path = path;
  }

  void handle() throws IOException, InterruptedException {
    // Throttled after the action is found and exported, against its owner's namespace (WebActions.scala
    // verifyWebAction: identity of the namespace, action lookup, export check, then the entitlement check).
    if (standIn.throttled(exchange, action.namespace)) {
      return;
    }
    // Then the size against the owner's limit (handleMatch: validateSize before CORS and authentication).
    if (standIn.tooLarge(exchange)) {
      return;
    }
    if (!annotated("web-custom-options")) {
      cors();
      if (exchange.getRequestMethod().equals("OPTIONS")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
    }
    if (!authenticated()) {
      // terminate(Unauthorized): the status's default text, no challenge.
      StandInJson.send(exchange, 401, StandInJson.error(UNAUTHORIZED));
      return;
    }
    byte[] entity = exchange.getRequestBody().readAllBytes();
    ObjectNode params = annotated("raw-http") ? rawParams(entity) : params(entity);
    if (params == null) {
      StandInJson.send(exchange, 400, StandInJson.error(PARAMETERS_NOT_ALLOWED));
      return;
    }
    params.put("__ow_method", exchange.getRequestMethod().toLowerCase(Locale.ROOT));
    ObjectNode headers = params.putObject("__ow_headers");
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    params.put("__ow_path", path);
    String id = StandInJson.id();
    exchange.getResponseHeaders().set("x-openwhisk-activation-id", id);
    ObjectNode record = standIn.activate(action, params, id, standIn.config().maxWait());
    if (record == null) {
      StandInJson.send(exchange, 202, StandInJson.error(RESPONSE_NOT_READY));
      return;
    }
    ActivationRunner.Outcome outcome = ActivationRunner.Outcome.of(record);
    if (outcome != ActivationRunner.Outcome.SUCCESS && outcome != ActivationRunner.Outcome.APPLICATION) {
      StandInJson.send(exchange, 400, StandInJson.error(ERROR_PROCESSING));
      return;
    }
    JsonNode result = record.path("response").path("result");
    JsonNode projection = outcome == ActivationRunner.Outcome.SUCCESS ? result : result.get("error");
    if (projection == null) {
      StandInJson.send(exchange, 404, StandInJson.error(PROPERTY_NOT_FOUND));
      return;
    }
    transcode(projection);
  }

  /**
   * The action's parameters: the query's, then a JSON object body's (the body wins); a body that is not an
   * object is {@code __ow_body}. Null when they set a reserved name (400).
   */
  private ObjectNode params(byte[] entity) {
    Map<String, String> query = OpenWhiskStandIn.query(exchange.getRequestURI().getRawQuery());
    JsonNode body = StandInJson.parse(entity);
    boolean objectBody = body != null && body.isObject();
    for (String reserved : RESERVED) {
      if (query.containsKey(reserved) || objectBody && body.has(reserved)) {
        return null;
      }
    }
    ObjectNode params = StandInJson.MAPPER.createObjectNode();
    query.forEach(params::put);
    if (objectBody) {
      params.setAll((ObjectNode) body);
    } else if (body != null) {
      params.set("__ow_body", body);
    }
    return params;
  }

  /**
   * An action annotated {@code raw-http} (WebActions.scala {@code extractEntityAndProcessRequest},
   * {@code Context.toActionArgument} boxing): nothing is merged or refused; the query string is
   * {@code __ow_query} and the body {@code __ow_body}, as text for a text type, base64 for JSON (legacy) and
   * binary types, {@code ""} when there is none.
   */
  private ObjectNode rawParams(byte[] entity) {
    ObjectNode params = StandInJson.MAPPER.createObjectNode();
    String query = exchange.getRequestURI().getRawQuery();
    params.put("__ow_query", query == null ? "" : query);
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
    boolean text = type.startsWith("text/") || type.startsWith("application/x-www-form-urlencoded");
    params.put("__ow_body", entity.length == 0 ? "" : text ? new String(entity, StandardCharsets.UTF_8)
        : Base64.getEncoder().encodeToString(entity));
    return params;
  }

  /**
   * WebActions.scala {@code defaultCorsResponse} (CorsSettings.scala {@code WebActions}): any origin, the
   * web methods, and the headers the preflight asks for or the default list.
   */
  private void cors() {
    var headers = exchange.getResponseHeaders();
    headers.set("Access-Control-Allow-Origin", "*");
    headers.set("Access-Control-Allow-Methods", "OPTIONS, GET, DELETE, POST, PUT, HEAD, PATCH");
    String asked = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
    headers.set("Access-Control-Allow-Headers",
        asked != null ? asked : RestCors.ALLOW_HEADERS);
  }

  private boolean annotated(String key) {
    for (JsonNode a : action.annotations) {
      if (key.equals(a.path("key").asString(""))) {
        return a.path("value").asBoolean(false);
      }
    }
    return false;
  }

  /**
   * WebActions.scala {@code confirmAuthenticated}: a {@code require-whisk-auth} string or number must come as
   * the {@code X-Require-Whisk-Auth} header, {@code true} asks for the caller's valid Basic auth, {@code false}
   * or no annotation lets anyone in, anything else no one.
   */
  private boolean authenticated() {
    for (JsonNode a : action.annotations) {
      if ("require-whisk-auth".equals(a.path("key").asString(""))) {
        JsonNode v = a.path("value");
        String header = exchange.getRequestHeaders().getFirst("X-Require-Whisk-Auth");
        if (v.isString() || v.isNumber()) {
          return v.asString().equals(header);
        }
        return v.isBoolean() && (!v.booleanValue() || standIn.authenticated(exchange));
      }
    }
    return true;
  }

  private void transcode(JsonNode projection) throws IOException {
    switch (extension) {
      case JSON -> {
        if (projection.isObject() || projection.isArray()) {
          StandInJson.send(exchange, 200, projection);
        } else {
          StandInJson.send(exchange, 400, StandInJson.error(extension.invalid()));
        }
      }
      case HTML, SVG -> {
        String field = extension == Extension.HTML ? "html" : "svg";
        JsonNode text = projection.isObject() ? firstOf(projection, "body", field) : projection;
        if (text != null && text.isString()) {
          send(200, extension.mediaType + (extension == Extension.HTML ? "; charset=UTF-8" : ""), text.stringValue().getBytes(StandardCharsets.UTF_8));
        } else {
          StandInJson.send(exchange, 400, StandInJson.error(extension.invalid()));
        }
      }
      case TEXT -> {
        JsonNode text = projection.isObject() ? firstOf(projection, "body", "text") : projection;
        if (text == null) {
          StandInJson.send(exchange, 404, StandInJson.error(PROPERTY_NOT_FOUND));
        } else {
          String shown = text.isString() ? text.stringValue() : text.isContainer() ? text.toPrettyString() : text.toString();
          send(200, "text/plain; charset=UTF-8", shown.getBytes(StandardCharsets.UTF_8));
        }
      }
      case HTTP -> asHttp(projection);
    }
  }

  /**
   * WebActions.scala {@code resultAsHttp}: {@code statusCode} (number or numeric string), {@code headers}
   * (strings, numbers, booleans or arrays of them) and {@code body}: a string is the entity (base64 for a
   * binary content type; {@code text/html} when none is given), another JSON value is sent as JSON, none or
   * an empty string is an empty answer ({@code 204} unless a code is given); anything else is 400.
   */
  private void asHttp(JsonNode result) throws IOException {
    if (!result.isObject()) {
      StandInJson.send(exchange, 400, StandInJson.error(extension.invalid()));
      return;
    }
    JsonNode code = result.get("statusCode");
    Integer status = code == null ? null : code.isIntegralNumber() ? Integer.valueOf(code.intValue())
        : code.isString() && code.stringValue().matches("\\d+") ? Integer.valueOf(code.stringValue()) : -1;
    JsonNode headers = result.path("headers");
    if (status != null && (status < 100 || status > 599) || !headers.isMissingNode() && !headers.isObject()) {
      StandInJson.send(exchange, 400, StandInJson.error(extension.invalid()));
      return;
    }
    String contentType = null;
    for (Map.Entry<String, JsonNode> h : headers.properties()) {
      JsonNode v = h.getValue();
      if (!v.isValueNode() || v.isNull()) {
        StandInJson.send(exchange, 400, StandInJson.error(extension.invalid()));
        return;
      }
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        contentType = v.asString();
      } else {
        exchange.getResponseHeaders().add(h.getKey(), v.asString());
      }
    }
    JsonNode body = result.get("body");
    if (body == null || body.isNull() || body.isString() && body.stringValue().isEmpty()) {
      exchange.sendResponseHeaders(status == null ? 204 : status, -1);
      return;
    }
    int answer = status == null ? 200 : status;
    if (!body.isString()) {
      if (contentType != null && !isJsonFamily(contentType)) {
        StandInJson.send(exchange, 400, StandInJson.error(HTTP_CONTENT_TYPE_ERROR));
        return;
      }
      send(answer, contentType == null ? "application/json" : contentType, StandInJson.MAPPER.writeValueAsBytes(body));
      return;
    }
    String type = contentType == null ? "text/html" : contentType;
    boolean text = type.startsWith("text/") || isJsonFamily(type) || type.contains("xml") || type.contains("javascript");
    byte[] entity;
    try {
      entity = text && !(isJsonFamily(type) && looksBase64(body.stringValue()))
          ? body.stringValue().getBytes(StandardCharsets.UTF_8) : Base64.getDecoder().decode(body.stringValue());
    } catch (IllegalArgumentException e) {
      StandInJson.send(exchange, 400, StandInJson.error(HTTP_CONTENT_TYPE_ERROR));
      return;
    }
    send(answer, type, entity);
  }

  private static boolean isJsonFamily(String contentType) {
    String media = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("application/json") || media.endsWith("+json");
  }

  // Exec.isBinaryCode: a string that decodes as base64 (the legacy base64 JSON answer).
  private static boolean looksBase64(String s) {
    try {
      Base64.getDecoder().decode(s.strip());
      return !s.isBlank();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonNode firstOf(JsonNode object, String first, String second) {
    return object.has(first) ? object.get(first) : object.get(second);
  }

  private void send(int status, String contentType, byte[] entity) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, entity.length == 0 ? -1 : entity.length);
    exchange.getResponseBody().write(entity);
    exchange.close();
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** {@code /api/v1/namespaces/{ns}/actions/{name}}: PUT (create/update), GET, DELETE, POST (invoke). */
final class ActionsRoute {
  /** Pekko's wrapper of {@code Messages.invalidTimeout} (controller/Actions.scala {@code stringToFiniteDuration}). */
  static String invalidTimeout(Duration max) {
    return "The query parameter 'timeout' was malformed:\nTimeout must be number of milliseconds up to " + max.toMillis() + ".";
  }

  private final OpenWhiskStandIn standIn;
  private final HttpExchange exchange;
  private final String name;
  private final Map<String, String> query;

  ActionsRoute(OpenWhiskStandIn standIn, HttpExchange exchange, String name, Map<String, String> query) {
    this.standIn = standIn;
    this.exchange = exchange;
    this.name = name;
    this.query = query;
  }

  void handle() throws IOException, InterruptedException {
    if (name.isEmpty() && !exchange.getRequestMethod().equals("GET")) {
      RestCors.noRoute(exchange);
      return;
    }
    if (name.isEmpty()) {
      ArrayNode list = StandInJson.MAPPER.createArrayNode();
      standIn.actions().values().forEach(a -> list.add(a.toJson()));
      StandInJson.send(exchange, 200, list);
      return;
    }
    switch (exchange.getRequestMethod()) {
      case "PUT" -> put();
      case "GET" -> get(false);
      case "DELETE" -> get(true);
      case "POST" -> invoke();
      // PATCH or HEAD: a web method, so not 405 but Pekko's not-found (MethodRejections); OPTIONS never gets here.
      default -> RestCors.noRoute(exchange);
    }
  }

  private void get(boolean delete) throws IOException {
    StandInAction action = delete ? standIn.actions().remove(name) : standIn.actions().get(name);
    if (action == null) {
      StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NOT_FOUND));
    } else {
      StandInJson.send(exchange, 200, action.toJson());
    }
  }

  private void put() throws IOException {
    JsonNode body = StandInJson.readBody(exchange);
    if (body == null || !body.isObject()) {
      StandInJson.send(exchange, 400, StandInJson.error("The request content was malformed:\nexpected a JSON object"));
      return;
    }
    StandInAction existing = standIn.actions().get(name);
    if (existing != null && !"true".equals(query.get("overwrite"))) {
      StandInJson.send(exchange, 409, StandInJson.error(StandInJson.ALREADY_EXISTS));
      return;
    }
    JsonNode exec = body.get("exec");
    if (exec == null && existing == null) {
      StandInJson.send(exchange, 400, StandInJson.error("exec undefined"));
      return;
    }
    if (exec != null && (!"blackbox".equals(exec.path("kind").asString("")) || exec.path("image").asString("").isBlank())) {
      StandInJson.send(exchange, 400, StandInJson.error("The request content was malformed:\n"
          + "this stand-in runs blackbox actions only: exec must be {\"kind\":\"blackbox\",\"image\":\"user/img:tag\"}"));
      return;
    }
    Optional<String> badLimits = LimitsCheck.problem(body.get("limits"));
    if (badLimits.isPresent()) {
      StandInJson.send(exchange, 400, StandInJson.error(badLimits.get()));
      return;
    }
    ObjectNode newExec = exec == null ? existing.exec : ((ObjectNode) exec.deepCopy()).put("binary", false);
    ArrayNode annotations = annotations(existing, body.path("annotations"));
    ObjectNode limits = existing == null
        ? StandInJson.MAPPER.createObjectNode().put("timeout", 60_000).put("memory", 256).put("logs", 10).put("concurrency", 1)
        : existing.limits.deepCopy();
    if (body.path("limits").isObject()) {
      body.get("limits").properties().forEach(e -> limits.set(e.getKey(), e.getValue()));
    }
    StandInAction action = new StandInAction(standIn.namespace(), name, newExec, annotations, limits);
    action.patch = existing == null ? 1 : existing.patch + 1;
    standIn.actions().put(name, action);
    StandInJson.send(exchange, 200, action.toJson());
  }

  /**
   * The annotations the controller stores (controller/Actions.scala {@code makeWhiskAction},
   * {@code updateWhiskAction}, {@code amendAnnotations}): on create the given ones plus
   * {@code provide-api-key: false} where absent; on update the old ones merged by key with the given
   * ones (a given value wins; {@code provide-api-key} is not added again); on both the
   * {@code exec} annotation set to the action's kind, whatever was given.
   */
  private static ArrayNode annotations(StandInAction existing, JsonNode given) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    if (existing != null) {
      existing.annotations.forEach(a -> byKey.put(a.path("key").asString(""), a.path("value")));
    }
    if (given.isArray()) {
      given.forEach(a -> byKey.put(a.path("key").asString(""), a.path("value")));
    }
    if (existing == null) {
      byKey.putIfAbsent("provide-api-key", BooleanNode.FALSE);
    }
    byKey.put("exec", StringNode.valueOf("blackbox"));
    ArrayNode annotations = StandInJson.MAPPER.createArrayNode();
    byKey.forEach((key, value) -> annotations.addObject().put("key", key).set("value", value.deepCopy()));
    return annotations;
  }

  /**
   * How long a blocking invoke waits before it answers 202: {@code ?timeout=<ms>} with
   * {@code 0 < ms <= max}, else the controller's {@code max-wait-for-blocking-activation} {@code max}
   * (60 s in application.conf; controller/Actions.scala); empty when the parameter is malformed.
   */
  static Optional<Duration> blockingWait(String timeout, Duration max) {
    if (timeout == null) {
      return Optional.of(max);
    }
    try {
      long ms = Long.parseLong(timeout);
      return ms > 0 && ms <= max.toMillis() ? Optional.of(Duration.ofMillis(ms)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void invoke() throws IOException, InterruptedException {
    Duration max = standIn.config().maxWait();
    Optional<Duration> wait = blockingWait(query.get("timeout"), max);
    if (wait.isEmpty()) {
      StandInJson.send(exchange, 400, StandInJson.error(invalidTimeout(max)));
      return;
    }
    // Entities.scala dispatchOp: the size is checked after the entitlement (throttles, namespace) and
    // before activate looks the action up.
    if (standIn.tooLarge(exchange)) {
      return;
    }
    StandInAction action = standIn.actions().get(name);
    if (action == null) {
      StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NOT_FOUND));
      return;
    }
    JsonNode params = StandInJson.readBody(exchange);
    if (params == null || !params.isObject()) {
      StandInJson.send(exchange, 400, StandInJson.error("The request content was malformed:\nexpected a JSON object"));
      return;
    }
    boolean blocking = "true".equals(query.get("blocking"));
    boolean result = "true".equals(query.get("result"));
    String id = StandInJson.id();
    exchange.getResponseHeaders().set("x-openwhisk-activation-id", id);
    ObjectNode record = standIn.activate(action, params, id, blocking ? wait.get() : Duration.ZERO);
    if (record == null) {
      StandInJson.send(exchange, 202, StandInJson.MAPPER.createObjectNode().put("activationId", id));
      return;
    }
    JsonNode body = result ? record.path("response").path("result") : record;
    int status = switch (ActivationRunner.Outcome.of(record)) {
      case SUCCESS -> 200;
      case APPLICATION, DEVELOPER -> 502;
      case WHISK -> 500;
    };
    StandInJson.send(exchange, status, body);
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the OpenWhisk controller (no OpenWhisk can run here) that keeps the REST contract
 * of apache/openwhisk's {@code apiv1swagger.json} and {@code Actions.scala}/{@code WebActions.scala}:
 * Basic auth {@code uuid:key} (401 otherwise), namespace {@code _} or the user's own (403 for
 * another), {@code blocking}/{@code result} semantics (200 success, 502 application or developer
 * error, 500 internal, 202 {@code {"activationId"}} when the blocking wait runs out), activation
 * records at {@code GET …/activations/{id}} (404 until stored), the blocking wait of 60 s unless
 * {@code ?timeout=} (the config's {@code maxWait}), invoke bodies over the payload limit refused (413),
 * methods refused as Pekko resolves them ({@link MethodRejections}), limits checked on create and update ({@link LimitsCheck}), only {@code {"error": …}} kept
 * of a failed activation ({@link ContainerAnswer}), the invocation throttles ({@link InvocationThrottle},
 * limits from {@link StandInConfig}), the
 * {@code x-openwhisk-activation-id} header, {@code PUT/GET/DELETE …/actions/{name}} (blackbox exec,
 * {@code overwrite}, annotations), web actions {@code /api/v1/web/{ns}/{pkg}/{action}[.ext]} (only
 * with {@code web-export}; {@link WebRoute}) and API-gateway routes {@code /api/{id}/{base}/{path}}. Behind it
 * the real action server runs as containers ({@link ContainerPool}), on Docker's bridge unless the config
 * says host network, called with the invoker's bodies ({@link InvokerBodies}); stored records carry the
 * containers' stdout as {@code logs}.
 */
public final class OpenWhiskStandIn implements AutoCloseable {
  private final HttpServer server;
  private final ContainerPool pool;
  private final ActivationRunner runner;
  private final String namespace;
  private final String uuid;
  private final String key;
  private final String gatewayId = UUID.randomUUID().toString();
  private final Map<String, StandInAction> actions = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<ObjectNode>> activations = new ConcurrentHashMap<>();
  private final Map<String, String> routes = new ConcurrentHashMap<>();
  private final InvocationThrottle throttle;
  private final StandInConfig config;
  private final AtomicInteger requests = new AtomicInteger();

  private OpenWhiskStandIn(String namespace, StandInConfig config) throws Exception {
    this.namespace = namespace;
    this.config = config;
    this.throttle = new InvocationThrottle(config);
    this.uuid = UUID.randomUUID().toString();
    this.key = StandInJson.id() + StandInJson.id();
    this.pool = new ContainerPool(config.hostNetwork());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    this.runner = new ActivationRunner(pool, apiHostOf(server), auth());
    server.createContext("/", this::handle).getFilters().add(new ExchangeRecorder());
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "standin-controller");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /**
   * Starts as standalone is set up ({@link StandInConfig#standalone()}), with namespace "guest" and an
   * action "mnist" (blackbox, web-exported, 60 s limit) already deployed.
   */
  public static OpenWhiskStandIn start() throws Exception {
    return start(StandInConfig.standalone());
  }

  /** As {@link #start()}, set up as {@code config} says. */
  public static OpenWhiskStandIn start(StandInConfig config) throws Exception {
    OpenWhiskStandIn standIn = new OpenWhiskStandIn("guest", config);
    standIn.deploy("mnist", "digitwhisk/action:1.0", true, 60_000);
    return standIn;
  }

  /** Starts with no actions (for deploy tests), as standalone is set up. */
  public static OpenWhiskStandIn startEmpty(String namespace) throws Exception {
    return startEmpty(namespace, StandInConfig.standalone());
  }

  public static OpenWhiskStandIn startEmpty(String namespace, StandInConfig config) throws Exception {
    return new OpenWhiskStandIn(namespace, config);
  }

  private static URI apiHostOf(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public URI apiHost() {
    return apiHostOf(server);
  }

  /** {@code uuid:key}, as in {@code .wskprops}'s AUTH. */
  public String auth() {
    return uuid + ":" + key;
  }

  public String namespace() {
    return namespace;
  }

  /**
   * Creates or replaces an action, as {@code PUT …?overwrite=true} does; a time limit the controller
   * would refuse (400) is refused here too.
   */
  public void deploy(String name, String image, boolean webExport, long timeoutMillis) {
    LimitsCheck.problem(StandInJson.MAPPER.createObjectNode().put("timeout", timeoutMillis)).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    ObjectNode exec = StandInJson.MAPPER.createObjectNode().put("kind", "blackbox").put("image", image).put("binary", false);
    var annotations = StandInJson.MAPPER.createArrayNode();
    annotations.addObject().put("key", "web-export").put("value", webExport);
    annotations.addObject().put("key", "provide-api-key").put("value", false);
    annotations.addObject().put("key", "exec").put("value", "blackbox");
    ObjectNode limits = StandInJson.MAPPER.createObjectNode().put("timeout", timeoutMillis).put("memory", 256).put("logs", 10)
        .put("concurrency", 1);
    actions.put(name, new StandInAction(namespace, name, exec, annotations, limits));
  }

  /**
   * Sets one annotation of an existing action, as {@code wsk action update NAME --annotation KEY VALUE} does
   * (an update merges annotations by key), e.g. {@code require-whisk-auth}.
   */
  public void annotate(String name, String key, Object value) {
    StandInAction action = actions.get(name);
    if (action == null) {
      throw new IllegalArgumentException("no action " + name);
    }
    var annotations = StandInJson.MAPPER.createArrayNode();
    action.annotations.forEach(a -> {
      if (!key.equals(a.path("key").asString(""))) {
        annotations.add(a);
      }
    });
    annotations.addObject().put("key", key).set("value", StandInJson.MAPPER.valueToTree(value));
    action.annotations = annotations;
  }

  /** {@code wsk api create /base /path post action --response-type json}; answers the route's URL. */
  public URI createApi(String basePath, String relPath, String action) {
    String path = "/api/" + gatewayId + basePath + relPath;
    routes.put(path, action);
    return apiHost().resolve(path);
  }

  public URI webActionUrl(String action) {
    return apiHost().resolve("/api/v1/web/" + namespace + "/default/" + action + ".json");
  }

  public Optional<JsonNode> action(String name) {
    return Optional.ofNullable(actions.get(name)).map(StandInAction::toJson);
  }

  /**
   * Hands every exchange any stand-in completes from now on to {@code observer}, until the answer is
   * closed (for contract checks that watch whole test classes).
   */
  public static AutoCloseable observeExchanges(Consumer<StandInExchange> observer) {
    return ExchangeRecorder.observe(observer);
  }

  /**
   * The next {@code n} invocations are refused with 429 and the controller's per-minute text, whatever
   * the counts (they are still charged to the minute, as refused calls are).
   */
  public void throttleNext(int n) {
    throttle.refuseNext(n);
  }

  /** Extra time each activation's {@code /run} takes (a slow action); it counts against the action's time limit. */
  public void runDelay(Duration delay) {
    runner.runDelay = delay;
  }

  /** Drops warm containers: the next activation is a cold start. */
  public void coolDown() {
    runner.coolDown();
  }

  StandInConfig config() {
    return config;
  }

  /**
   * 413 when the request's {@code Content-Length} is over {@code whisk.activation.payload.max} (Entities.scala
   * {@code validateSize(isWhithinRange(…))}, {@code Messages.entityTooBig}); true when it did. A body sent
   * without a length counts as 0, as there.
   */
  boolean tooLarge(HttpExchange exchange) throws IOException {
    long length = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Length")).map(Long::parseLong).orElse(0L);
    if (length <= config.payloadMaxBytes()) {
      return false;
    }
    StandInJson.send(exchange, 413, StandInJson.error("Request larger than allowed: " + length + " > " + config.payloadMaxBytes()
        + " bytes."));
    return true;
  }

  public int initCalls() {
    return runner.initCalls.get();
  }

  /** The parameters the latest activation's {@code /run} gave the action (its body's {@code value}). */
  public JsonNode lastRunValue() {
    return runner.lastRunValue;
  }

  public int runCalls() {
    return runner.runCalls.get();
  }

  public int requests() {
    return requests.get();
  }

  /**
   * The activation's stored record, waiting (at most 10 s) for it: the invoker stores a record, and
   * frees its container for the next warm start, only after collecting the logs, which is after the
   * blocking answer (ContainerProxy.scala).
   */
  public JsonNode awaitStored(String activationId) throws Exception {
    return activations.get(activationId).get(10, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Every activation record written so far (completed ones). */
  public List<JsonNode> activations() {
    List<JsonNode> out = new ArrayList<>();
    for (CompletableFuture<ObjectNode> f : activations.values()) {
      if (f.isDone()) {
        out.add(f.join());
      }
    }
    return out;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      boolean api = path.equals("/api/v1") || path.startsWith("/api/v1/");
      if (api && !MethodRejections.routed(exchange.getRequestMethod())) {
        MethodRejections.refuse(exchange, MethodRejections.restMethods(path.substring("/api/v1".length())));
      } else if (api && exchange.getRequestMethod().equals("OPTIONS") && !path.startsWith("/api/v1/web/")) {
        RestCors.preflight(exchange);
      } else if (path.equals("/api/v1") || path.equals("/api/v1/")) {
        RestCors.add(exchange);
        StandInJson.send(exchange, 200, info());
      } else if (path.startsWith("/api/v1/web/")) {
        webAction(exchange, path.substring("/api/v1/web/".length()));
      } else if (path.startsWith("/api/v1/namespaces")) {
        namespaced(exchange, path.substring("/api/v1/namespaces".length()));
      } else if (routes.containsKey(path)) {
        gateway(exchange, routes.get(path));
      } else {
        StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NO_ROUTE));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // terminate(InternalServerError): the status's default text, nothing of the cause.
      StandInJson.send(exchange, 500, StandInJson.error(StandInJson.INTERNAL_ERROR));
    }
  }

  /** {@code GET /api/v1}: RestAPIs.scala {@code RestAPIVersion.info}, with standalone's {@code whisk.info}. */
  private static ObjectNode info() {
    ObjectNode info = StandInJson.MAPPER.createObjectNode().put("description", "OpenWhisk API").put("api_version", "1.0.0")
        .put("api_version_path", "v1").put("build", "???").put("buildno", "standalone");
    info.putObject("swagger_paths").put("ui", "/docs").put("api-docs", "/api-docs");
    return info;
  }

  /**
   * 401 as Pekko's authentication directive rejects (BasicAuthenticationDirective.scala, the default
   * rejection handler's texts, BasicHttpService's JSON wrapping), with the Basic challenge.
   */
  private static void unauthorized(HttpExchange exchange) throws IOException {
    boolean basic = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
        .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).isPresent();
    exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"OpenWhisk secure realm\",charset=UTF-8");
    StandInJson.send(exchange, 401, StandInJson.error(basic ? StandInJson.CREDENTIALS_REJECTED : StandInJson.CREDENTIALS_MISSING));
  }

  boolean authenticated(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      return decoded.equals(auth());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void namespaced(HttpExchange exchange, String rest) throws IOException, InterruptedException {
    if (!authenticated(exchange)) {
      unauthorized(exchange);
      return;
    }
    RestCors.add(exchange);
    if (rest.isEmpty() || rest.equals("/")) {
      if (exchange.getRequestMethod().equals("GET")) {
        StandInJson.send(exchange, 200, StandInJson.MAPPER.createArrayNode().add(namespace));
      } else {
        // Another web method: its method rejection is cancelled by the web routes' (MethodRejections).
        RestCors.noRoute(exchange);
      }
      return;
    }
    String[] parts = rest.substring(1).split("/", 3);
    String ns = decode(parts[0]);
    String collection = parts.length > 1 ? parts[1] : "";
    String name = parts.length > 2 ? decode(parts[2]) : "";
    // An invoke is throttled before the namespace is checked and the action looked up
    // (Entitlement.scala check: throttles, then privileges; Actions.scala fetches the action after).
    boolean invoke = exchange.getRequestMethod().equals("POST") && collection.equals("actions") && !name.isEmpty();
    if (invoke && throttled(exchange, namespace)) {
      return;
    }
    if (!ns.equals("_") && !ns.equals(namespace)) {
      // Messages.notAuthorizedtoAccessResource with the resource's fully qualified name (Entitlement.scala).
      StandInJson.send(exchange, 403, StandInJson.error("The supplied authentication is not authorized to access '" + ns
          + (name.isEmpty() ? "" : "/" + name) + "'."));
      return;
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    switch (collection) {
      case "actions" -> new ActionsRoute(this, exchange, name, query).handle();
      case "activations" -> activation(exchange, name);
      default -> StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NOT_FOUND));
    }
  }

  private void activation(HttpExchange exchange, String id) throws IOException {
    CompletableFuture<ObjectNode> f = activations.get(id);
    if (!exchange.getRequestMethod().equals("GET")) {
      RestCors.noRoute(exchange);
    } else if (f == null || !f.isDone()) {
      StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NOT_FOUND));
    } else {
      StandInJson.send(exchange, 200, f.join());
    }
  }

  Map<String, StandInAction> actions() {
    return actions;
  }

  /** Charges an invocation to {@code owner}'s namespace and answers 429 when a throttle refuses it; true when it did. */
  boolean throttled(HttpExchange exchange, String owner) throws IOException {
    Optional<String> refusal = throttle.check(owner);
    if (refusal.isPresent()) {
      StandInJson.send(exchange, 429, StandInJson.error(refusal.get()));
      return true;
    }
    return false;
  }

  /**
   * Starts an activation and waits up to {@code wait} for its result; null when it is still running. The
   * record with its logs is stored a little later, and only then does the activation stop counting as in flight.
   */
  ObjectNode activate(StandInAction action, JsonNode params, String id, Duration wait) throws InterruptedException {
    throttle.started(action.namespace);
    ActivationRunner.Started started = runner.start(action, params, id, System.currentTimeMillis());
    activations.put(id, started.stored().whenComplete((record, failure) -> throttle.completed(action.namespace)));
    try {
      return started.answered().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * {@code /api/v1/web/{namespace}/{package}/{action}[.ext][/path]} (WebActions.scala {@code routes},
   * {@code verifyWebAction}): fewer segments match no route; an unknown namespace, a package (the stand-in
   * has none), a missing action and one without {@code web-export} are all 404 {@code The requested
   * resource does not exist.}; a name with no known extension is the whole action name, answered as {@code .http}.
   */
  private void webAction(HttpExchange exchange, String rest) throws IOException, InterruptedException {
    String[] parts = rest.split("/", 4);
    if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      if (exchange.getRequestMethod().equals("OPTIONS")) {
        RestCors.preflight(exchange); // no web route took it: the last route does
      } else {
        StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NO_ROUTE));
      }
      return;
    }
    WebRoute.Extension extension = WebRoute.Extension.of(parts[2]);
    String name = decode(extension.baseName(parts[2]));
    StandInAction action = decode(parts[0]).equals(namespace) && parts[1].equals("default") ? actions.get(name) : null;
    if (action == null || !action.webExported()) {
      StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NOT_FOUND));
      return;
    }
    new WebRoute(this, exchange, action, extension, parts.length > 3 ? "/" + parts[3] : "").handle();
  }

  /** An API-gateway route made with {@code --response-type json}: the gateway calls the web action's {@code .json}. */
  private void gateway(HttpExchange exchange, String actionName) throws IOException, InterruptedException {
    StandInAction action = actions.get(actionName);
    if (action == null || !action.webExported()) {
      StandInJson.send(exchange, 404, StandInJson.error(StandInJson.NOT_FOUND));
      return;
    }
    new WebRoute(this, exchange, action, WebRoute.Extension.JSON, "").handle();
  }

  static Map<String, String> query(String raw) {
    Map<String, String> out = new ConcurrentHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        } else if (!pair.isEmpty()) {
          out.put(decode(pair), "");
        }
      }
    }
    return out;
  }

  static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    server.stop(0);
    runner.close();
    pool.close();
  }
}

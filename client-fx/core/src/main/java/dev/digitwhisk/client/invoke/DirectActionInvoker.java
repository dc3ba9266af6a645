package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.protocol.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls the action container itself, exactly as OpenWhisk's invoker does: {@code POST /init} once
 * (a blackbox image needs no code, so the value carries only name, main and env), then
 * {@code POST /run} with {@code {"value":<the parameters>,"namespace","action_name","action_version",
 * "activation_id","transaction_id","deadline"}} — the deadline as a string of epoch milliseconds.
 * The activation that paid for {@code /init} is reported as a cold start with that init time. A
 * container does not throttle: {@link Pacing} has nothing to do here.
 */
final class DirectActionInvoker implements ActionInvoker {
  private static final String ALREADY_INITIALIZED = "Cannot initialize the action more than once.";

  private final HttpClient client;
  private final URI base;
  private final String namespace;
  private final String actionName;
  private final Object initLock = new Object();
  private volatile boolean initialized;

  public DirectActionInvoker(HttpClient client, URI base, String namespace, String actionName) {
    this.client = Objects.requireNonNull(client, "client");
    String b = Objects.requireNonNull(base, "base").toString();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    if (b.endsWith("/run") || b.endsWith("/init")) {
      b = b.substring(0, b.lastIndexOf('/'));
    }
    this.base = URI.create(b);
    this.namespace = namespace == null || namespace.isBlank() ? "_" : namespace;
    this.actionName = actionName == null || actionName.isBlank() ? "mnist" : actionName;
  }

  @Override
  public ActionReply call(ObjectNode parameters, Duration timeout, Pacing pacing) throws InvokeException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<Duration> initTime = ensureInitialized(deadline, timeout);
    String activationId = HexFormat.of().formatHex(randomBytes(16));
    ObjectNode body = ActionAnswers.JSON.createObjectNode();
    body.set("value", parameters);
    body.put("namespace", namespace);
    body.put("action_name", "/" + namespace + "/" + actionName);
    body.put("action_version", "0.0.1");
    body.put("activation_id", activationId);
    body.put("transaction_id", HexFormat.of().formatHex(randomBytes(16)));
    body.put("deadline", Long.toString(System.currentTimeMillis() + timeout.toMillis()));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/run")).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    long started = System.nanoTime();
    HttpResponse<String> response = HttpCalls.send(client, request, deadline, "The action");
    Duration ran = Duration.ofNanos(System.nanoTime() - started);
    ActivationInfo info = new ActivationInfo(Optional.of(activationId),
        initTime.isPresent() ? ActivationInfo.Start.COLD : ActivationInfo.Start.WARM, initTime, Optional.empty(), Optional.of(ran));
    JsonNode json = ActionAnswers.parse(response.body(), response.statusCode(), "The action at " + Redaction.url(base));
    if (response.statusCode() != 200) {
      // Outside the protocol's 200: OpenWhisk would record a developer error.
      throw ActionAnswers.failureIn(json, response.statusCode(), info).orElseGet(() -> new ActionFailedException(
          Answer.failure(response.statusCode(), json.toString()), response.statusCode(), info));
    }
    return new ActionReply(json, 200, info);
  }

  /** Runs {@code /init} once per invoker; the time it took when this call did it. */
  private Optional<Duration> ensureInitialized(long deadline, Duration timeout) throws InvokeException, InterruptedException {
    if (initialized) {
      return Optional.empty();
    }
    synchronized (initLock) {
      if (initialized) {
        return Optional.empty();
      }
      ObjectNode body = ActionAnswers.JSON.createObjectNode();
      ObjectNode value = body.putObject("value");
      value.put("name", actionName);
      value.put("main", "main");
      value.put("binary", false);
      value.put("code", "");
      value.putObject("env").put("__OW_NAMESPACE", namespace).put("__OW_ACTION_NAME", "/" + namespace + "/" + actionName);
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/init")).timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
      long started = System.nanoTime();
      HttpResponse<String> response = HttpCalls.send(client, request, deadline, "The action");
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (response.statusCode() == 200) {
        initialized = true;
        return Optional.of(took);
      }
      if (response.body() != null && response.body().contains(ALREADY_INITIALIZED)) {
        initialized = true; // someone else (another client, the sandbox) initialised this container: warm
        return Optional.empty();
      }
      throw new InvokeException(FailureKind.ACTION_ERROR, response.statusCode(), "The action at " + Redaction.url(base)
          + " refused /init with HTTP " + response.statusCode() + ": " + OpenWhiskErrors.errorText(response) + ".",
          "Check that the URL points at the DigitWhisk action container (port 8080).", null);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    ThreadLocalRandom.current().nextBytes(b);
    return b;
  }

  @Override
  public String describe() {
    return "Action container at " + Redaction.url(base);
  }

  @Override
  public URI endpoint() {
    return base;
  }
}

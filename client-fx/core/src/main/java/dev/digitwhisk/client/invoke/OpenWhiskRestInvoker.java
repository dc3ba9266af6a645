package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invokes through the OpenWhisk REST API:
 * {@code POST {apihost}/api/v1/namespaces/{ns}/actions/{[pkg/]name}?blocking=true&result=false&timeout=<ms>}
 * with Basic auth {@code uuid:key}.
 *
 * <p>{@code result=false} on purpose: the answer is then the whole activation record, whose
 * annotations carry {@code initTime} (cold start), {@code waitTime} and whose {@code duration} is
 * the run — with {@code result=true} only the result and an activation-id header come back, and
 * cold versus warm could not be shown. {@code timeout} asks the controller to stop waiting a little
 * before this call's budget ends ({@link #controllerWait}); its 202 is followed by polling
 * {@code GET …/activations/{id}} until the deadline; 429 is paced by the caller's {@link Pacing}, 503
 * retried with backoff ({@link PacedSend}).
 */
final class OpenWhiskRestInvoker implements ActionInvoker {
  private static final Logger LOG = LoggerFactory.getLogger(OpenWhiskRestInvoker.class);
  private static final String ACTIVATION_HEADER = "x-openwhisk-activation-id";
  private static final Duration POLL_MARGIN = Duration.ofSeconds(5);
  private static final Duration MAX_CONTROLLER_WAIT = Duration.ofSeconds(60);

  private final HttpClient client;
  private final URI apiHost;
  private final String authorization;
  private final String namespace;
  private final String action;

  public OpenWhiskRestInvoker(HttpClient client, URI apiHost, String auth, String namespace, String action) {
    this.client = Objects.requireNonNull(client, "client");
    this.apiHost = Objects.requireNonNull(apiHost, "apiHost");
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        Objects.requireNonNull(auth, "auth").getBytes(StandardCharsets.UTF_8));
    this.namespace = namespace == null || namespace.isBlank() ? "_" : namespace;
    this.action = Objects.requireNonNull(action, "action");
  }

  @Override
  public ActionReply call(ObjectNode parameters, Duration timeout, Pacing pacing) throws InvokeException, InterruptedException {
    Deadline deadline = Deadline.after(timeout);
    String body = parameters.toString();
    // After a 429 less time is left: the controller's wait shrinks with it.
    HttpResponse<String> response = PacedSend.send(client, left -> request(actionUri(controllerWait(left)), timeout)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), deadline, pacing, "OpenWhisk");
    int status = response.statusCode();
    String headerId = response.headers().firstValue(ACTIVATION_HEADER).orElse(null);
    if (status == 429) {
      throw throttled(response);
    }
    if (status == 202) {
      String id = ActionAnswers.parse(response.body(), status, "OpenWhisk").path("activationId").asString(headerId);
      return poll(id, deadline.nanos());
    }
    return complete(response, headerId);
  }

  private ActionReply complete(HttpResponse<String> response, String headerId) throws InvokeException {
    int status = response.statusCode();
    if (status == 200 || status == 502 || status == 500) {
      JsonNode json = ActionAnswers.parse(response.body(), status, "OpenWhisk");
      if (ActivationRecords.looksLikeRecord(json)) {
        ActivationInfo info = ActivationRecords.info(json, headerId);
        JsonNode result = ActivationRecords.result(json);
        if (status == 200 || result.isObject()) {
          return new ActionReply(result, status, info);
        }
        throw new InvokeException(FailureKind.ACTION_ERROR, status, "The activation failed: "
            + json.path("response").path("status").asString("unknown status") + ".",
            "Look at the activation's logs: wsk activation logs " + info.activationId().orElse(""), info, null);
      }
      if (status == 200) {
        // A proxy may already strip the record (result=true semantics): still an answer.
        return new ActionReply(json, status, ActivationInfo.ofId(headerId));
      }
    }
    throw OpenWhiskErrors.of(response, qualifiedName());
  }

  private ActionReply poll(String activationId, long deadline) throws InvokeException, InterruptedException {
    URI uri = URI.create(apiHost + "/api/v1/namespaces/" + enc(namespace) + "/activations/" + enc(activationId));
    long sleep = 100;
    LOG.debug("Activation {} still running; polling", activationId);
    while (true) {
      if (!Backoff.sleepBefore(deadline, sleep)) {
        throw new InvokeException(FailureKind.TIMEOUT, 202, "The action did not finish in time (activation "
            + activationId + " is still running).", "Try again with a longer timeout, or look at the activation later: "
            + "wsk activation get " + activationId, ActivationInfo.ofId(activationId), null);
      }
      sleep = Math.min(1_000, sleep * 3 / 2);
      HttpResponse<String> response = HttpCalls.send(client, request(uri, Duration.ofSeconds(10)).GET().build(),
          deadline, "OpenWhisk");
      if (response.statusCode() == 404) {
        continue; // not stored yet
      }
      if (response.statusCode() == 429 || response.statusCode() == 503) {
        sleep = Math.max(sleep, Backoff.delayMillis(3, response));
        continue;
      }
      JsonNode record = ActionAnswers.parse(response.body(), response.statusCode(), "OpenWhisk");
      if (response.statusCode() == 200 && ActivationRecords.looksLikeRecord(record)) {
        return new ActionReply(ActivationRecords.result(record), 200, ActivationRecords.info(record, activationId));
      }
      throw OpenWhiskErrors.of(response, qualifiedName());
    }
  }

  private InvokeException throttled(HttpResponse<String> response) {
    return new InvokeException(FailureKind.THROTTLED, 429, "OpenWhisk is throttling this namespace: "
        + OpenWhiskErrors.errorText(response) + ".", "Wait a minute and try again, or lower the concurrency; "
        + "an operator can raise the namespace's invocationsPerMinute / concurrentInvocations limits.", null);
  }

  private HttpRequest.Builder request(URI uri, Duration timeout) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  private URI actionUri(Duration controllerWait) {
    return URI.create(apiHost + "/api/v1/namespaces/" + enc(namespace) + "/actions/" + actionPath()
        + "?blocking=true&result=false&timeout=" + controllerWait.toMillis());
  }

  /**
   * How long the controller should wait before answering 202: a little less than this call's own
   * budget (a quarter of it, at most {@link #POLL_MARGIN}), so that a slow activation, a cold start with
   * an image pull say, comes back as an activation id to poll before the client gives up, never as a
   * bare client timeout. The controller accepts 1 ms to 60 s (controller/Actions.scala).
   */
  static Duration controllerWait(Duration budget) {
    Duration margin = budget.dividedBy(4).compareTo(POLL_MARGIN) < 0 ? budget.dividedBy(4) : POLL_MARGIN;
    long ms = budget.minus(margin).toMillis();
    return Duration.ofMillis(Math.max(1, Math.min(MAX_CONTROLLER_WAIT.toMillis(), ms)));
  }

  private String actionPath() {
    StringBuilder s = new StringBuilder();
    for (String part : action.split("/")) {
      if (!part.isEmpty()) {
        s.append(s.isEmpty() ? "" : "/").append(enc(part));
      }
    }
    return s.toString();
  }

  String qualifiedName() {
    return "/" + namespace + "/" + action;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String describe() {
    return "OpenWhisk REST at " + Redaction.url(apiHost) + ", action " + qualifiedName();
  }

  @Override
  public URI endpoint() {
    return apiHost;
  }
}

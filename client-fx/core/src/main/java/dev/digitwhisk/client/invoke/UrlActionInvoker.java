package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * POSTs the parameters ({@code {"url": …}} or {@code {"urls": […]}}) to a URL that runs the action and answers its result: a web action
 * ({@code …/api/v1/web/{ns}/{pkg}/{action}.json}) or an API-gateway route (the original recipe's
 * {@code mnist_demo.py}). A web action's failure comes back as HTTP 400; its {@code .json}
 * form cannot carry the action's error string, so the message then points at the activation's
 * logs and the REST mode, which shows it.
 */
final class UrlActionInvoker implements ActionInvoker {
  private final HttpClient client;
  private final URI url;
  private final boolean gateway;
  private final Optional<String> authorization;

  /**
   * @param gateway true for an API-gateway route, false for a web action (only changes the advice)
   * @param auth optional {@code uuid:key} sent as Basic auth (web actions with {@code require-whisk-auth: true})
   */
  public UrlActionInvoker(HttpClient client, URI url, boolean gateway, Optional<String> auth) {
    this.client = Objects.requireNonNull(client, "client");
    this.url = Objects.requireNonNull(url, "url");
    this.gateway = gateway;
    this.authorization = auth.map(a -> "Basic " + Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public ActionReply call(ObjectNode parameters, Duration timeout, Pacing pacing) throws InvokeException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(parameters.toString()));
    authorization.ifPresent(a -> builder.header("Authorization", a));
    HttpRequest request = builder.build();
    HttpResponse<String> response = PacedSend.send(client, left -> request, Deadline.after(timeout), pacing, what());
    int status = response.statusCode();
    ActivationInfo info = ActivationInfo.ofId(response.headers().firstValue("x-openwhisk-activation-id").orElse(null));
    if (status == 200) {
      // A web failure arrives here too: .json passes its response object with HTTP 200; the codec reads it.
      return new ActionReply(ActionAnswers.parse(response.body(), status, what()), status, info);
    }
    throw failure(response, info);
  }

  private InvokeException failure(HttpResponse<String> response, ActivationInfo info) {
    int status = response.statusCode();
    String text = OpenWhiskErrors.errorText(response);
    String id = info.activationId().map(i -> " (activation " + i + ")").orElse("");
    JsonNode json = parseQuietly(response.body());
    // The action's own failure, answered with its code as the status (.http, or a gateway with
    // --response-type http): the same message and advice as every other way of invoking.
    Optional<ActionFailedException> actionFailure = json != null && json.has("res")
        ? ActionAnswers.failureIn(json, status, info) : Optional.empty();
    if (actionFailure.isPresent()) {
      return actionFailure.get();
    }
    return switch (status) {
      case 400 -> new InvokeException(FailureKind.ACTION_ERROR, status, "The action reported an error" + id
          + "; the " + what() + " answered HTTP 400: " + text + ".", "The action's own message is in its logs "
          + "(wsk activation logs <id>); the OpenWhisk REST mode shows it directly.", info, null);
      case 401, 403 -> new InvokeException(FailureKind.ACTION_AUTH, status, "The " + what() + " refused the request: " + text + ".",
          gateway ? "Check the API's authentication settings (wsk api get)." : "This web action requires authentication: "
              + "set the auth key (uuid:key) or the X-Require-Whisk-Auth secret.", info, null);
      case 404 -> new InvokeException(FailureKind.ACTION_NOT_FOUND, status, "There is no " + what() + " at "
          + Redaction.url(url) + ": " + text + ".", gateway ? "Check the URL printed by 'wsk api create' (wsk api list)."
              : "Check the URL and that the action is a web action ('wsk action update mnist --web true').", info, null);
      case 202 -> new InvokeException(FailureKind.TIMEOUT, status, "The action did not finish in time" + id + ".",
          "Try again; if it keeps happening, raise the action's timeout limit.", info, null);
      case 413 -> OpenWhiskErrors.tooLarge(text, info);
      case 429 -> new InvokeException(FailureKind.THROTTLED, status, "The " + what() + " is throttling: " + text + ".",
          "Wait a minute and try again, or lower the concurrency.", info, null);
      default -> new InvokeException(status >= 500 ? FailureKind.ACTION_ERROR : FailureKind.INTERNAL, status,
          "The " + what() + " answered HTTP " + status + id + ": " + text + ".",
          "Check that the URL is right and the action is healthy (wsk activation list).", info, null);
    };
  }

  private static JsonNode parseQuietly(String body) {
    try {
      return ActionAnswers.JSON.readTree(body == null ? "" : body);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String what() {
    return gateway ? "API gateway" : "web action";
  }

  @Override
  public String describe() {
    return (gateway ? "API gateway route " : "Web action ") + Redaction.url(url);
  }

  @Override
  public URI endpoint() {
    return url;
  }
}

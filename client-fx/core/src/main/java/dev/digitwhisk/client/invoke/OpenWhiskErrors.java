package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.protocol.Limits;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Turns OpenWhisk's error answers ({@code {"error":"…","code":"…"}}) into messages that say what to fix. */
final class OpenWhiskErrors {
  private OpenWhiskErrors() {}

  static InvokeException of(HttpResponse<String> response, String action) {
    int status = response.statusCode();
    String text = errorText(response);
    ActivationInfo info = ActivationInfo.ofId(response.headers().firstValue("x-openwhisk-activation-id").orElse(null));
    return switch (status) {
      case 401 -> new InvokeException(FailureKind.ACTION_AUTH, status, "OpenWhisk refused the credentials: " + text + ".",
          "Check the auth key (uuid:key, e.g. from 'wsk property get --auth' or AUTH in ~/.wskprops).", info, null);
      case 403 -> new InvokeException(FailureKind.ACTION_AUTH, status, "OpenWhisk does not let these credentials invoke "
          + action + ": " + text + ".", "Check the namespace (use _ for your own) and that the key belongs to it.", info, null);
      case 404 -> new InvokeException(FailureKind.ACTION_NOT_FOUND, status, "OpenWhisk has no action " + action + ": "
          + text + ".", "Deploy it ('digitwhisk deploy --image user/img:tag'), or fix the action name and namespace.", info, null);
      case 408 -> new InvokeException(FailureKind.TIMEOUT, status, "OpenWhisk gave up waiting: " + text + ".",
          "Try again; if it keeps happening, raise the action's timeout limit.", info, null);
      case 413 -> tooLarge(text, info);
      case 429 -> new InvokeException(FailureKind.THROTTLED, status, "OpenWhisk is throttling: " + text + ".",
          "Wait a minute and try again, or lower the concurrency.", info, null);
      case 502 -> new InvokeException(FailureKind.ACTION_ERROR, status, "The action failed: " + text + ".",
          "Look at the activation's logs (wsk activation logs " + info.activationId().orElse("<id>") + ").", info, null);
      case 503 -> new InvokeException(FailureKind.ACTION_UNREACHABLE, status, "OpenWhisk is unavailable: " + text + ".",
          "Try again later; the system is overloaded or restarting.", info, null);
      default -> new InvokeException(status >= 500 ? FailureKind.ACTION_ERROR : FailureKind.INTERNAL, status,
          "OpenWhisk answered HTTP " + status + ": " + text + ".", "Check the OpenWhisk API host and the controller's logs.", info, null);
    };
  }

  /**
   * 413: the controller refused the invoke body as over its payload limit ({@code whisk.activation.payload.max},
   * 1 MiB unless the deployment or the namespace sets another), before running anything. The client keeps its
   * bodies far below it (links, not images), so this is ours to fix, not the user's.
   */
  static InvokeException tooLarge(String text, ActivationInfo info) {
    return new InvokeException(FailureKind.INTERNAL, 413, "OpenWhisk refused the invocation as too large: " + text + ".",
        "OpenWhisk takes at most " + (Limits.PARAMETER_BYTES >> 20) + " MiB of parameters per activation (unless its "
        + "whisk.activation.payload.max says otherwise): send fewer images per activation.", info, null);
  }

  /** A string error as it is; the action's error object by its message. */
  private static String text(JsonNode error) {
    if (error.isString()) {
      return error.asString();
    }
    return error.path("message").isString() ? error.path("message").asString() : error.toString();
  }

  /** The {@code error} field of the body, or a short excerpt of it. */
  static String errorText(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    try {
      JsonNode json = ActionAnswers.JSON.readTree(body);
      if (json != null && json.has("error")) {
        return text(json.get("error"));
      }
      if (json != null && json.path("response").path("result").has("error")) {
        return text(json.path("response").path("result").get("error"));
      }
    } catch (RuntimeException ignored) {
      // not JSON: fall through to an excerpt
    }
    String excerpt = body.strip().replaceAll("\\s+", " ");
    return excerpt.isEmpty() ? "no details" : excerpt.length() > 200 ? excerpt.substring(0, 200) + "…" : excerpt;
  }
}

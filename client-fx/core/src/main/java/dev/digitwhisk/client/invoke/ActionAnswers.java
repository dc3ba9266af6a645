package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the action's answer object into an {@link ActionResult} or an {@link ActionFailedException}. */
final class ActionAnswers {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private ActionAnswers() {}

  static JsonNode parse(String body, int httpStatus, String from) throws InvokeException {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || node.isMissingNode()) {
        throw notJson(httpStatus, from, "an empty body");
      }
      return node;
    } catch (JacksonException e) {
      throw notJson(httpStatus, from, "something that is not JSON");
    }
  }

  private static InvokeException notJson(int status, String from, String what) {
    return new InvokeException(FailureKind.ACTION_ERROR, status,
        from + " answered HTTP " + status + " with " + what + ".",
        "Check that the URL points at the DigitWhisk action (or the OpenWhisk API), not at another web server.", null);
  }

  /** The answer as a result; a {@code res:-1} or {@code error} answer throws the action's failure. */
  static ActionResult read(JsonNode answer, int httpStatus, ActivationInfo activation) throws InvokeException {
    if (answer == null || !answer.isObject()) {
      throw new InvokeException(FailureKind.ACTION_ERROR, httpStatus, "The action answered something other than a JSON object.",
          "Check that the configured action is the DigitWhisk MNIST action.", activation, null);
    }
    int res = answer.path("res").asInt(Integer.MIN_VALUE);
    int code = answer.path("code").asInt(answer.has("error") || res == -1 ? 500 : 200);
    if (answer.has("error") || res == -1 || code >= 400) {
      throw new ActionFailedException(code, errorText(answer.get("error")), httpStatus, activation);
    }
    if (res < 0 || res > 9) {
      throw new InvokeException(FailureKind.ACTION_ERROR, httpStatus,
          "The action's answer has no digit (\"res\" is " + answer.path("res") + ").",
          "Check that the configured action is the DigitWhisk MNIST action.", activation, null);
    }
    JsonNode probs = answer.path("probabilities");
    float[] probabilities = new float[probs.isArray() ? probs.size() : 0];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = (float) probs.get(i).asDouble();
    }
    float confidence = answer.has("confidence") ? (float) answer.path("confidence").asDouble()
        : probabilities.length == 10 ? probabilities[res] : Float.NaN;
    Map<String, Double> timings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : answer.path("timings_ms").properties()) {
      if (e.getValue().isNumber()) {
        timings.put(e.getKey(), e.getValue().asDouble());
      }
    }
    byte[] png = new byte[0];
    if (answer.path("input_png").isString()) {
      try {
        png = Base64.getDecoder().decode(answer.path("input_png").asString());
      } catch (IllegalArgumentException e) {
        png = new byte[0];
      }
    }
    JsonNode model = answer.path("model");
    return new ActionResult(code, res, confidence, probabilities, png, timings,
        model.path("name").asString(""), model.path("sha256").asString(""), model.path("placeholder").asBoolean(false));
  }

  private static String errorText(JsonNode error) {
    if (error == null || error.isNull() || error.isMissingNode()) {
      return "";
    }
    if (error.isString()) {
      return error.asString();
    }
    // OpenWhisk developer errors nest: {"error":{"error":"…"}} or {"error":"…","statusCode":…}.
    if (error.isObject() && error.has("error")) {
      return errorText(error.get("error"));
    }
    return error.toString();
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import tools.jackson.databind.JsonNode;

/**
 * What the invoker makes of a container's answer, as apache/openwhisk's
 * {@code common/scala/.../core/entity/ActivationResult.scala} does it ({@code processRunResponseContent},
 * {@code processInitResponseContent}, {@code error()}): of an object with an {@code error} key only
 * {@code {"error": <value>}} is kept, every other key is dropped.
 */
record ContainerAnswer(ActivationRunner.Outcome outcome, JsonNode result) {
  // Messages.invalidRunResponse and Messages.invalidInitResponse (http/ErrorResponse.scala).
  private static final String INVALID_RUN = "The action did not produce a valid JSON or JSON Array response";
  private static final String INVALID_INIT = "The action failed during initialization";

  /** {@code /run}: 200 with an object is success or, with {@code error}, an application error; 200 with an array is success. */
  static ContainerAnswer ofRun(int status, String body) {
    JsonNode json = parse(body);
    if (status == 200 && json != null && json.isObject()) {
      return json.has("error") ? new ContainerAnswer(ActivationRunner.Outcome.APPLICATION, errorOnly(json))
          : new ContainerAnswer(ActivationRunner.Outcome.SUCCESS, json);
    }
    if (status == 200 && json != null && json.isArray()) {
      return new ContainerAnswer(ActivationRunner.Outcome.SUCCESS, json);
    }
    if (json != null && json.isObject() && json.has("error")) {
      return new ContainerAnswer(ActivationRunner.Outcome.DEVELOPER, errorOnly(json));
    }
    return developerError(INVALID_RUN, body);
  }

  /** A failed {@code /init} is always a developer error. */
  static ContainerAnswer ofFailedInit(String body) {
    JsonNode json = parse(body);
    if (json != null && json.isObject() && json.has("error")) {
      return new ContainerAnswer(ActivationRunner.Outcome.DEVELOPER, errorOnly(json));
    }
    return developerError(INVALID_INIT, body);
  }

  private static ContainerAnswer developerError(String message, String body) {
    String text = body == null || body.isEmpty() ? message + "." : message + ": " + body;
    return new ContainerAnswer(ActivationRunner.Outcome.DEVELOPER, StandInJson.MAPPER.createObjectNode().put("error", text));
  }

  private static JsonNode errorOnly(JsonNode json) {
    return StandInJson.MAPPER.createObjectNode().set("error", json.get("error").deepCopy());
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : StandInJson.MAPPER.readTree(body);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

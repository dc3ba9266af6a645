package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.MalformedAnswerException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an HTTP body as JSON, and the action's answer in it, through the protocol's codec, into an
 * {@link ActionResult} or an {@link ActionFailedException}.
 */
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

  /** The answer as a result; a failure answer ({@code res:-1}, {@code error}) throws the action's failure. */
  static ActionResult read(JsonNode json, int httpStatus, ActivationInfo activation) throws InvokeException {
    Answer answer;
    try {
      answer = AnswerCodec.read(json);
    } catch (MalformedAnswerException e) {
      throw new InvokeException(FailureKind.ACTION_ERROR, httpStatus, e.getMessage(),
          "Check that the configured action is the DigitWhisk MNIST action.", activation, null);
    }
    if (answer.failed()) {
      throw new ActionFailedException(answer, httpStatus, activation);
    }
    return new ActionResult(answer);
  }

  /** The action's failure, when {@code json} is one (e.g. a body that came with an HTTP error status). */
  static Optional<ActionFailedException> failureIn(JsonNode json, int httpStatus, ActivationInfo activation) {
    try {
      Answer answer = AnswerCodec.read(json);
      return answer.failed() ? Optional.of(new ActionFailedException(answer, httpStatus, activation)) : Optional.empty();
    } catch (MalformedAnswerException e) {
      return Optional.empty();
    }
  }
}

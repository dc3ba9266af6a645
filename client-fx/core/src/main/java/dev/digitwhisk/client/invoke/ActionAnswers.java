package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.BatchAnswer;
import dev.digitwhisk.protocol.ErrorKind;
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

  /** One image's reply as an invocation; the action's failure throws. */
  static Invocation single(ActionReply reply) throws InvokeException {
    return new Invocation(read(reply.answer(), reply.httpStatus(), reply.activation()), reply.activation());
  }

  /**
   * A {@code urls} list's reply: one answer per link. A reply that is no list is the whole
   * activation's failure: the action's own (a deadline, say) when it is one, else an action that
   * predates lists (it would read {@code urls} as a missing {@code url}), which one image per
   * activation still serves.
   */
  static BatchInvocation batch(ActionReply reply, int links) throws InvokeException {
    BatchAnswer batch;
    try {
      batch = AnswerCodec.readBatch(reply.answer());
    } catch (MalformedAnswerException e) {
      Optional<ActionFailedException> failure = failureIn(reply.answer(), reply.httpStatus(), reply.activation());
      if (failure.isPresent() && failure.get().errorKind().filter(k -> k != ErrorKind.BAD_REQUEST).isPresent()) {
        throw failure.get();
      }
      throw new InvokeException(FailureKind.ACTION_ERROR, reply.httpStatus(), "The action answered a list of " + links
          + " images without a list of results" + failure.map(f -> " (it said: " + f.actionError() + ")").orElse("")
          + "; it is older than batches, or not the DigitWhisk action.",
          "Classify one image per activation (--per-activation 1, setting invoke.per-activation), or deploy the current action.",
          reply.activation(), null);
    }
    if (batch.results().size() != links) {
      throw new InvokeException(FailureKind.ACTION_ERROR, reply.httpStatus(), "The action answered " + batch.results().size()
          + " results for " + links + " images.", "Check that the configured action is the DigitWhisk MNIST action.",
          reply.activation(), null);
    }
    return new BatchInvocation(batch.results(), reply.httpStatus(), reply.activation());
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

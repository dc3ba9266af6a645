package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.ActionFailedException;
import dev.digitwhisk.client.invoke.InvokeException;
import java.util.Objects;

/**
 * Why a classification produced no digit, in words for people.
 *
 * @param kind the category (drives icons, colours and the CLI's exit code)
 * @param message what happened, one or two sentences
 * @param whatToDo what the user can do about it ("" when nothing)
 * @param code the action's own code or the HTTP status when there was one, else 0
 */
public record ClassificationFailure(FailureKind kind, String message, String whatToDo, int code) {
  public ClassificationFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    whatToDo = whatToDo == null ? "" : whatToDo;
  }

  public static ClassificationFailure of(ClientException e) {
    int code = e instanceof ActionFailedException a ? a.code() : e instanceof InvokeException i ? i.httpStatus() : 0;
    return new ClassificationFailure(e.kind(), e.getMessage(), e.whatToDo(), code);
  }

  public static ClassificationFailure cancelled() {
    return new ClassificationFailure(FailureKind.CANCELLED, "Cancelled.", "", 0);
  }

  @Override
  public String toString() {
    return kind + ": " + message + (whatToDo.isEmpty() ? "" : " — " + whatToDo);
  }
}

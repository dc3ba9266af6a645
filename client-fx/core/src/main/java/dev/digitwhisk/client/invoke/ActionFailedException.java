package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.ErrorKind;
import java.util.Optional;

/**
 * The action ran and said no: {@code {"code":4xx|5xx,"res":-1,"error":{…}}}. {@link #code()} is the
 * action's own code, {@link #errorKind()} what it means (see {@link ErrorKind}); {@link #actionError()}
 * its message, meant for people.
 */
public final class ActionFailedException extends InvokeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String actionError;

  ActionFailedException(Answer failure, int httpStatus, ActivationInfo activation) {
    super(kindOf(failure.kind()), httpStatus, message(failure.code(), failure.error()), whatToDo(failure.kind()),
        activation, null);
    this.code = failure.code();
    this.actionError = failure.error() == null ? "" : failure.error();
  }

  public int code() {
    return code;
  }

  /** The failure's kind; empty for a code outside the action's contract (an older or foreign action). */
  public Optional<ErrorKind> errorKind() {
    return ErrorKind.of(code);
  }

  public String actionError() {
    return actionError;
  }

  static FailureKind kindOf(Optional<ErrorKind> kind) {
    return switch (kind.orElse(ErrorKind.INTERNAL)) {
      case NO_DIGIT -> FailureKind.NO_DIGIT;
      case BAD_REQUEST, TOO_LARGE, NOT_AN_IMAGE -> FailureKind.IMAGE_REJECTED;
      case FORBIDDEN, NOT_FOUND, UPSTREAM, TIMEOUT -> FailureKind.IMAGE_NOT_FETCHED;
      case INTERNAL -> FailureKind.ACTION_ERROR;
    };
  }

  private static String message(int code, String error) {
    String text = error == null || error.isBlank() ? "The action failed without saying why." : error;
    return text + " (action code " + code + ")";
  }

  private static String whatToDo(Optional<ErrorKind> kind) {
    return kind.orElse(ErrorKind.INTERNAL).advice();
  }
}

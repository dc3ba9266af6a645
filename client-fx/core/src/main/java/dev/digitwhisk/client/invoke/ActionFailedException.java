package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;

/**
 * The action ran and said no: {@code {"code":4xx|5xx,"res":-1,"error":"…"}}. {@link #code()} is the
 * action's own code (422 no digit, 413/415 image refused, 403/404/502/504 the image could not be
 * fetched, 500 the action broke); {@link #actionError()} its message, meant for people.
 */
public final class ActionFailedException extends InvokeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String actionError;

  public ActionFailedException(int code, String actionError, int httpStatus, ActivationInfo activation) {
    super(kindOf(code), httpStatus, message(code, actionError), whatToDo(code), activation, null);
    this.code = code;
    this.actionError = actionError == null ? "" : actionError;
  }

  public int code() {
    return code;
  }

  public String actionError() {
    return actionError;
  }

  static FailureKind kindOf(int code) {
    return switch (code) {
      case 422 -> FailureKind.NO_DIGIT;
      case 400, 413, 415 -> FailureKind.IMAGE_REJECTED;
      default -> FailureKind.ACTION_ERROR;
    };
  }

  private static String message(int code, String error) {
    String text = error == null || error.isBlank() ? "The action failed without saying why." : error;
    return text + " (action code " + code + ")";
  }

  private static String whatToDo(int code) {
    return switch (code) {
      case 422 -> "Draw or choose an image with one clearly visible digit.";
      case 413 -> "Use a smaller image (at most 16 MiB and 10,000 pixels a side).";
      case 400, 415 -> "Use a PNG, JPEG, GIF or BMP image that opens in an image viewer.";
      case 403, 404, 502, 504 -> "The action could not fetch the image from the store: make sure the store's endpoint "
          + "is reachable from where the action runs (not 'localhost' when the action runs in a container) and that "
          + "the clocks of the client and the store agree (presigned URLs expire).";
      default -> "Try again; if it keeps failing, look at the action's logs (wsk activation logs).";
    };
  }
}

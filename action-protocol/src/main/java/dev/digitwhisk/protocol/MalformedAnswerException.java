package dev.digitwhisk.protocol;

/** The JSON is not an answer of this action (another server, or an action of another kind). */
public final class MalformedAnswerException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedAnswerException(String message) {
    super(message);
  }
}

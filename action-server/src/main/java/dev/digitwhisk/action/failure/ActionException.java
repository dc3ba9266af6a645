package dev.digitwhisk.action.failure;

import dev.digitwhisk.protocol.ErrorKind;

/**
 * Why one activation failed, as an {@link ErrorKind} whose code the answer carries, and a message
 * written for the person who sent the image.
 */
public class ActionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  public ActionException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ActionException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }

  /** The status code the answer carries in its {@code code} field. */
  public int code() {
    return kind.code();
  }
}

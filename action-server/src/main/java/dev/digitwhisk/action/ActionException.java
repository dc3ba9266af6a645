package dev.digitwhisk.action;

/**
 * Why one activation failed, as the HTTP-like {@link #code()} the answer carries (400 bad request,
 * 403/404 the store refused, 413 too large, 415 not an image, 422 no digit, 502 the store failed,
 * 504 fetch timed out, 500 our fault) and a message written for the person who sent the image.
 */
public class ActionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int code;

  public ActionException(int code, String message) {
    super(message);
    this.code = code;
  }

  public ActionException(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The status code the answer carries in its {@code code} field. */
  public int code() {
    return code;
  }
}

package dev.digitwhisk.action;

/** The activation's parameters are wrong (missing, mistyped, unsupported): code 400. */
public final class BadRequestException extends ActionException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(400, message);
  }
}

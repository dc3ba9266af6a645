package dev.digitwhisk.action.failure;

import dev.digitwhisk.protocol.ErrorKind;

/** The activation's parameters are wrong (missing, mistyped, unsupported): code 400. */
public final class BadRequestException extends ActionException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(ErrorKind.BAD_REQUEST, message);
  }
}

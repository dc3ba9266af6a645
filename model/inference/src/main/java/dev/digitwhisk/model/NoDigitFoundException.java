package dev.digitwhisk.model;

/** The image decodes but holds nothing that could be a digit (blank, uniform, only noise). Maps to HTTP 422. */
public final class NoDigitFoundException extends ImageException {
  private static final long serialVersionUID = 1L;

  public NoDigitFoundException(String message) {
    super(message);
  }
}

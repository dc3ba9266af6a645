package dev.digitwhisk.model;

/** The bytes start like an image but cannot be decoded (truncated, damaged, zero-sized). Maps to HTTP 415. */
public final class CorruptImageException extends ImageException {
  private static final long serialVersionUID = 1L;

  public CorruptImageException(String message) {
    super(message);
  }

  public CorruptImageException(String message, Throwable cause) {
    super(message, cause);
  }
}

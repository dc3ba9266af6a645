package dev.digitwhisk.model;

/** The bytes are no image format we read (PNG, JPEG, GIF, BMP). Maps to HTTP 415. */
public final class NotAnImageException extends ImageException {
  private static final long serialVersionUID = 1L;

  public NotAnImageException(String message) {
    super(message);
  }
}

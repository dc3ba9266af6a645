package dev.digitwhisk.model;

/** The file or the picture it announces is larger than we accept. Maps to HTTP 413. */
public final class ImageTooLargeException extends ImageException {
  private static final long serialVersionUID = 1L;

  public ImageTooLargeException(String message) {
    super(message);
  }
}

package dev.digitwhisk.model;

/** The image a user gave cannot be classified; the message says why in words a person understands. */
public class ImageException extends ModelException {
  private static final long serialVersionUID = 1L;

  public ImageException(String message) {
    super(message);
  }

  public ImageException(String message, Throwable cause) {
    super(message, cause);
  }
}

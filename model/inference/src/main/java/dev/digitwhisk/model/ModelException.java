package dev.digitwhisk.model;

/** The root of everything that can go wrong in the model artifact: loading a model, reading or classifying an image. */
public class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.digitwhisk.model.number;

import dev.digitwhisk.model.ImageException;

/** The picture holds more separate marks or digits than one number may have. Maps to HTTP 422. */
public final class TooManyDigitsException extends ImageException {
  private static final long serialVersionUID = 1L;

  public TooManyDigitsException(String message) {
    super(message);
  }
}

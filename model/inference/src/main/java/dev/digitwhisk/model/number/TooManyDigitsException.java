package dev.digitwhisk.model.number;

import dev.digitwhisk.model.ImageException;

/** The picture holds more separate marks or digits than one number may have. The action answers it with 413, past the number limits. */
public final class TooManyDigitsException extends ImageException {
  private static final long serialVersionUID = 1L;

  public TooManyDigitsException(String message) {
    super(message);
  }
}

package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.ActionException;
import dev.digitwhisk.model.CorruptImageException;
import dev.digitwhisk.model.ImageException;
import dev.digitwhisk.model.ImageTooLargeException;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.NoDigitFoundException;
import dev.digitwhisk.model.NotAnImageException;

/** The model's typed failures as answer codes; the model's messages are already meant for people. */
final class ModelErrors {
  private ModelErrors() {}

  static ActionException toAction(ModelException e) {
    int code = switch (e) {
      case ImageTooLargeException x -> 413;
      case NotAnImageException x -> 415;
      case CorruptImageException x -> 415;
      case NoDigitFoundException x -> 422;
      case ImageException x -> 415;
      default -> 500;
    };
    String message = code == 500 ? "The model failed: " + e.getMessage() : e.getMessage();
    return new ActionException(code, message, e);
  }
}

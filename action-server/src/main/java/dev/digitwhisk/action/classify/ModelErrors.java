package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.model.CorruptImageException;
import dev.digitwhisk.model.ImageException;
import dev.digitwhisk.model.ImageTooLargeException;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.NoDigitFoundException;
import dev.digitwhisk.model.NotAnImageException;
import dev.digitwhisk.model.number.TooManyDigitsException;
import dev.digitwhisk.protocol.ErrorKind;

/** The model's typed failures as answer codes; the model's messages are already meant for people. */
final class ModelErrors {
  private ModelErrors() {}

  /** What a pipeline stage threw, as the activation's failure: ours as it is, the model's by its type, anything else ours to fix. */
  static ActionException of(Exception e) {
    return switch (e) {
      case ActionException a -> a;
      case ModelException m -> toAction(m);
      default -> internal(e);
    };
  }

  static ActionException internal(Throwable e) {
    return new ActionException(ErrorKind.INTERNAL, "The action failed on our side: " + e, e);
  }

  static ActionException toAction(ModelException e) {
    ErrorKind kind = switch (e) {
      case ImageTooLargeException x -> ErrorKind.TOO_LARGE;
      case NotAnImageException x -> ErrorKind.NOT_AN_IMAGE;
      case CorruptImageException x -> ErrorKind.NOT_AN_IMAGE;
      case NoDigitFoundException x -> ErrorKind.NO_DIGIT;
      // Past the number limits: too much for one answer, like a picture past the size limits.
      case TooManyDigitsException x -> ErrorKind.TOO_LARGE;
      case ImageException x -> ErrorKind.NOT_AN_IMAGE;
      default -> ErrorKind.INTERNAL;
    };
    String message = kind == ErrorKind.INTERNAL ? "The model failed: " + e.getMessage() : e.getMessage();
    return new ActionException(kind, message, e);
  }
}

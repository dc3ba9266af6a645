package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.model.ModelCard;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;
import dev.digitwhisk.model.number.NumberReading;
import dev.digitwhisk.model.number.ReadDigit;

/**
 * The answer for one image: a prediction with the input the model saw, or a failure with its code
 * and message. {@code source} names the image the way logs may show it. A number read from the
 * image comes with {@code number}; {@code prediction} and {@code input} are then its first digit's,
 * which the original recipe's {@code res} carries.
 */
public record Outcome(int code, String source, Prediction prediction, ModelInput input, ModelCard model,
    Timings timings, String error, NumberReading number) {

  static Outcome success(String source, Prediction prediction, ModelInput input, ModelCard model, Timings timings) {
    return new Outcome(200, source, prediction, input, model, timings, null, null);
  }

  static Outcome number(String source, NumberReading number, ModelCard model, Timings timings) {
    ReadDigit first = number.digits().getFirst();
    return new Outcome(200, source, first.prediction(), first.input(), model, timings, null, number);
  }

  public static Outcome failure(String source, ActionException e, Timings timings) {
    return new Outcome(e.code(), source, null, null, null, timings, e.getMessage(), null);
  }

  public boolean ok() {
    return code == 200;
  }

  /** The digit, or -1 as the original recipe's action answers a failure. */
  public int res() {
    return ok() ? prediction.digit() : -1;
  }
}

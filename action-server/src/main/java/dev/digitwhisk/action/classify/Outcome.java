package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.model.ModelCard;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;

/**
 * The answer for one image: a prediction with the input the model saw, or a failure with its code
 * and message. {@code source} names the image the way logs may show it.
 */
public record Outcome(int code, String source, Prediction prediction, ModelInput input, ModelCard model,
    Timings timings, String error) {

  static Outcome success(String source, Prediction prediction, ModelInput input, ModelCard model, Timings timings) {
    return new Outcome(200, source, prediction, input, model, timings, null);
  }

  public static Outcome failure(String source, ActionException e, Timings timings) {
    return new Outcome(e.code(), source, null, null, null, timings, e.getMessage());
  }

  public boolean ok() {
    return code == 200;
  }

  /** The digit, or -1 as the original recipe's action answers a failure. */
  public int res() {
    return ok() ? prediction.digit() : -1;
  }
}

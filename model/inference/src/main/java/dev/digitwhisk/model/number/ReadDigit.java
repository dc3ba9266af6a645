package dev.digitwhisk.model.number;

import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;
import java.util.Objects;

/**
 * One digit of a number: what the model said, where the digit is and the 28×28 the model saw.
 * {@code unsure} marks a digit whose confidence is below {@link NumberReader#UNSURE}; it is kept in
 * the number so that a person can check it, never dropped.
 */
public record ReadDigit(Prediction prediction, Box box, ModelInput input, boolean unsure) {
  public ReadDigit {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(input, "input");
  }

  public int digit() {
    return prediction.digit();
  }

  public float confidence() {
    return prediction.confidence();
  }

  public float[] probabilities() {
    return prediction.probabilities();
  }
}

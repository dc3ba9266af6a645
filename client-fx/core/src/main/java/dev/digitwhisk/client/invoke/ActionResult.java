package dev.digitwhisk.client.invoke;

import dev.digitwhisk.protocol.Answer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A successful answer of the action ({@link Answer}, read by the protocol's codec) as the client
 * shows it. Older or foreign actions (the original recipe's Flask app) answer only {@code code} and
 * {@code res}: the other parts are then empty, never invented.
 *
 * @param code the action's own status code (200)
 * @param digit the digit, 0–9 ({@code res})
 * @param confidence the winning probability, or NaN when the action did not say
 * @param probabilities the ten softmax values, or an empty array when the action did not say
 * @param inputPng the 28×28 PNG the model saw, or an empty array
 * @param timingsMs the action's own timings in milliseconds (fetch, decode, preprocess, infer, total)
 * @param modelName the model's name, or "" when unknown
 * @param modelSha256 the sha256 of the model file, or ""
 */
public record ActionResult(
    int code,
    int digit,
    float confidence,
    float[] probabilities,
    byte[] inputPng,
    Map<String, Double> timingsMs,
    String modelName,
    String modelSha256) {

  public ActionResult {
    probabilities = probabilities == null ? new float[0] : probabilities.clone();
    inputPng = inputPng == null ? new byte[0] : inputPng.clone();
    timingsMs = Map.copyOf(Objects.requireNonNull(timingsMs, "timingsMs"));
    modelName = modelName == null ? "" : modelName;
    modelSha256 = modelSha256 == null ? "" : modelSha256;
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("a digit is 0 to 9, not " + digit);
    }
  }

  static ActionResult of(Answer answer) {
    return new ActionResult(answer.code(), answer.res(), answer.confidence(), answer.probabilities(), answer.inputPng(),
        answer.timingsMs(), answer.model().name(), answer.model().sha256());
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public byte[] inputPng() {
    return inputPng.clone();
  }

  public boolean hasProbabilities() {
    return probabilities.length == 10;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActionResult r && code == r.code && digit == r.digit
        && Float.compare(confidence, r.confidence) == 0 && Arrays.equals(probabilities, r.probabilities)
        && Arrays.equals(inputPng, r.inputPng) && timingsMs.equals(r.timingsMs) && modelName.equals(r.modelName)
        && modelSha256.equals(r.modelSha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, digit, confidence, Arrays.hashCode(probabilities), Arrays.hashCode(inputPng), timingsMs,
        modelName, modelSha256);
  }

  @Override
  public String toString() {
    return "ActionResult[digit=" + digit + ", confidence=" + confidence + ", model=" + modelName + ", inputPng=" + inputPng.length + " bytes, timingsMs=" + timingsMs + "]";
  }
}

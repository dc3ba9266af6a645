package dev.digitwhisk.client.invoke;

import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.NumberAnswer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer of the action (the protocol's {@link Answer}, read by its codec) in the
 * client's words. Older or foreign actions (the original recipe's Flask app) answer only
 * {@code code} and {@code res}: the other parts are then empty, never invented.
 */
public final class ActionResult {
  private final Answer answer;

  ActionResult(Answer answer) {
    if (answer.failed()) {
      throw new IllegalArgumentException("a failure is no result: " + answer);
    }
    this.answer = answer;
  }

  /** The action's own status code (200). */
  public int code() {
    return answer.code();
  }

  /**
   * The whole number, when one was asked for and the action read it: its text (leading zeros kept),
   * the number's confidence, and each digit with its box in the picture's pixels, confidence, unsure
   * mark, ten probabilities and the 28×28 PNG the model saw — what a view needs to draw the digits
   * over the picture. {@link #digit()} is then the first digit and {@link #confidence()} the number's.
   */
  public Optional<NumberAnswer> number() {
    return answer.number();
  }

  /** The digit, 0–9 ({@code res}); for a number, its first digit. */
  public int digit() {
    return answer.res();
  }

  /** The winning probability (for a number, the number's), or NaN when the action did not say. */
  public float confidence() {
    return answer.confidence();
  }

  /** The ten softmax values, or an empty array when the action did not say (and for a number: see its digits). */
  public float[] probabilities() {
    return answer.probabilities();
  }

  public boolean hasProbabilities() {
    return answer.hasProbabilities();
  }

  /** The 28×28 PNG the model saw, or an empty array. */
  public byte[] inputPng() {
    return answer.inputPng();
  }

  /** The action's own timings in milliseconds (fetch, decode, preprocess, infer, total). */
  public Map<String, Double> timingsMs() {
    return answer.timingsMs();
  }

  /** The model's name, or "" when unknown. */
  public String modelName() {
    return answer.model().name();
  }

  /** The sha256 of the model file, or "". */
  public String modelSha256() {
    return answer.model().sha256();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActionResult r && answer.equals(r.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(answer);
  }

  @Override
  public String toString() {
    return "ActionResult[" + answer + "]";
  }
}

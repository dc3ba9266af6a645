package dev.digitwhisk.protocol;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The action's answer for one image, as the original recipe defined it: {@code {"code":200,"res":6}}
 * for a digit and {@code {"code":4xx|5xx,"res":-1,"error":{…}}} for a failure (the {@code error} key
 * makes OpenWhisk record an application error; {@link AnswerCodec} writes what the error object holds). This action adds the confidence, the ten
 * probabilities, the model, its timings and the 28×28 PNG it saw; an answer without them (an older
 * or foreign action) leaves them empty, never invented.
 *
 * @param code 200, or the failure's code (see {@link ErrorKind})
 * @param res the digit 0–9, or -1 for a failure
 * @param confidence the winning probability, NaN when not given
 * @param probabilities the ten softmax values, or none
 * @param model which model answered, {@link ModelRef#UNKNOWN} when not given
 * @param timingsMs milliseconds per stage ({@code fetch, decode, preprocess, infer, total}), in that order
 * @param inputPng the 28×28 8-bit grey PNG the model saw, or none
 * @param error the failure's message for people; null for a digit
 * @param number the whole number, when the activation asked for one ({@link ReadMode#NUMBER}): then
 *     {@code res} is its first digit, {@code confidence} the number's, and each digit carries its own
 *     probabilities and 28×28, so the answer's own are empty
 */
public record Answer(int code, int res, float confidence, float[] probabilities, ModelRef model,
    Map<String, Double> timingsMs, byte[] inputPng, String error, Optional<NumberAnswer> number) {

  public Answer {
    Objects.requireNonNull(number, "number");
    probabilities = probabilities == null ? new float[0] : probabilities.clone();
    inputPng = inputPng == null ? new byte[0] : inputPng.clone();
    timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(timingsMs, "timingsMs")));
    model = model == null ? ModelRef.UNKNOWN : model;
    if (error == null && (res < 0 || res > 9)) {
      throw new IllegalArgumentException("a digit is 0 to 9, not " + res);
    }
    if (number.isPresent() && (error != null || res != number.get().firstDigit())) {
      throw new IllegalArgumentException("a number's answer has its first digit as res, not " + res);
    }
  }

  /** An answer without a number, as every answer was before numbers could be read. */
  public Answer(int code, int res, float confidence, float[] probabilities, ModelRef model,
      Map<String, Double> timingsMs, byte[] inputPng, String error) {
    this(code, res, confidence, probabilities, model, timingsMs, inputPng, error, Optional.empty());
  }

  /** A digit the model found. */
  public static Answer digit(int res, float confidence, float[] probabilities, ModelRef model,
      Map<String, Double> timingsMs, byte[] inputPng) {
    return new Answer(200, res, confidence, probabilities, model, timingsMs, inputPng, null);
  }

  /** A whole number the model read: {@code res} is its first digit, {@code confidence} the number's. */
  public static Answer number(NumberAnswer number, ModelRef model, Map<String, Double> timingsMs) {
    return new Answer(200, number.firstDigit(), number.confidence(), null, model, timingsMs, null, null,
        Optional.of(number));
  }

  public static Answer failure(ErrorKind kind, String error) {
    return failure(kind.code(), error);
  }

  /** A failure with a code outside {@link ErrorKind}, e.g. an HTTP status for a request that is no activation. */
  public static Answer failure(int code, String error) {
    return new Answer(code, -1, Float.NaN, null, null, Map.of(), null, error == null ? "" : error);
  }

  /** The five stage timings in their order. */
  public static Map<String, Double> timings(double fetch, double decode, double preprocess, double infer, double total) {
    Map<String, Double> timings = new LinkedHashMap<>();
    timings.put(Keys.FETCH, fetch);
    timings.put(Keys.DECODE, decode);
    timings.put(Keys.PREPROCESS, preprocess);
    timings.put(Keys.INFER, infer);
    timings.put(Keys.TOTAL, total);
    return timings;
  }

  public boolean failed() {
    return error != null;
  }

  /** The failure's kind; empty for a digit or a code outside the contract. */
  public Optional<ErrorKind> kind() {
    return failed() ? ErrorKind.of(code) : Optional.empty();
  }

  public boolean hasProbabilities() {
    return probabilities.length == 10;
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public byte[] inputPng() {
    return inputPng.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answer a && code == a.code && res == a.res && Float.compare(confidence, a.confidence) == 0
        && Arrays.equals(probabilities, a.probabilities) && model.equals(a.model) && timingsMs.equals(a.timingsMs)
        && Arrays.equals(inputPng, a.inputPng) && Objects.equals(error, a.error) && number.equals(a.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, res, confidence, Arrays.hashCode(probabilities), model, timingsMs,
        Arrays.hashCode(inputPng), error, number);
  }

  @Override
  public String toString() {
    return failed() ? "Answer[code=" + code + ", error=" + error + "]"
        : "Answer[res=" + res + number.map(n -> ", text=" + n.text()).orElse("") + ", confidence=" + confidence + ", model=" + model.name() + ", inputPng="
            + inputPng.length + " bytes, timingsMs=" + timingsMs + "]";
  }
}

package dev.digitwhisk.protocol;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way answers become JSON and back: the action writes with it, the client reads with it.
 * Reading is lenient where the original recipe's action was terse (only {@code code} and
 * {@code res}) and strict where an answer cannot be this action's (not an object, no digit).
 */
public final class AnswerCodec {
  private AnswerCodec() {}

  public static ObjectNode write(Answer answer) {
    ObjectNode json = Json.object();
    json.put(Keys.CODE, answer.code());
    json.put(Keys.RES, answer.res());
    if (answer.failed()) {
      writeFailure(answer, json);
      return json;
    }
    if (!Float.isNaN(answer.confidence())) {
      json.put(Keys.CONFIDENCE, answer.confidence());
    }
    answer.number().ifPresent(number -> writeNumber(number, json));
    writeProbabilities(answer.probabilities(), json);
    if (answer.model().isKnown()) {
      json.putObject(Keys.MODEL).put(Keys.MODEL_NAME, answer.model().name()).put(Keys.MODEL_SHA256, answer.model().sha256());
    }
    if (!answer.timingsMs().isEmpty()) {
      ObjectNode timings = json.putObject(Keys.TIMINGS);
      answer.timingsMs().forEach(timings::put);
    }
    writePng(answer.inputPng(), json);
    return json;
  }

  /** {@code text} and {@code digits} beside {@code res} (the first digit) and {@code confidence} (the number's). */
  private static void writeNumber(NumberAnswer number, ObjectNode json) {
    json.put(Keys.TEXT, number.text());
    ArrayNode digits = json.putArray(Keys.DIGITS);
    for (NumberDigit d : number.digits()) {
      ObjectNode digit = digits.addObject();
      digit.put(Keys.DIGIT, d.digit());
      digit.put(Keys.CONFIDENCE, d.confidence());
      digit.put(Keys.UNSURE, d.unsure());
      digit.putObject(Keys.BOX).put(Keys.X, d.box().x()).put(Keys.Y, d.box().y())
          .put(Keys.WIDTH, d.box().width()).put(Keys.HEIGHT, d.box().height());
      writeProbabilities(d.probabilities(), digit);
      writePng(d.inputPng(), digit);
    }
  }

  private static void writeProbabilities(float[] values, ObjectNode json) {
    if (values.length > 0) {
      ArrayNode probabilities = json.putArray(Keys.PROBABILITIES);
      for (float p : values) {
        probabilities.add(p);
      }
    }
  }

  private static void writePng(byte[] png, ObjectNode json) {
    if (png.length > 0) {
      json.put(Keys.INPUT_PNG, Base64.getEncoder().encodeToString(png));
    }
  }

  /**
   * A failure: the original recipe's {@code {"code":…,"res":-1}} with kind and advice beside it, and all
   * of it again inside {@code error} with the message. OpenWhisk keeps only {@code {"error": <value>}}
   * of an application error (ActivationResult.scala, processRunResponseContent), so a REST caller,
   * a web action's caller and a direct caller all find code, kind, message and advice in the same place.
   */
  private static void writeFailure(Answer answer, ObjectNode json) {
    ObjectNode error = Json.object();
    error.put(Keys.CODE, answer.code());
    error.put(Keys.RES, answer.res());
    answer.kind().ifPresent(kind -> {
      json.put(Keys.KIND, kind.wireName());
      json.put(Keys.ADVICE, kind.advice());
      error.put(Keys.KIND, kind.wireName());
    });
    error.put(Keys.MESSAGE, answer.error());
    answer.kind().ifPresent(kind -> error.put(Keys.ADVICE, kind.advice()));
    json.set(Keys.ERROR, error);
  }

  public static ObjectNode write(BatchAnswer batch) {
    ObjectNode json = Json.object();
    json.put(Keys.CODE, batch.code());
    ArrayNode results = json.putArray(Keys.RESULTS);
    for (Answer answer : batch.results()) {
      results.add(write(answer));
    }
    json.putObject(Keys.TIMINGS).put(Keys.TOTAL, batch.totalMillis());
    return json;
  }

  /**
   * A failure for a web action (the invocation's parameters hold {@code __ow_method}). OpenWhisk
   * answers a web action's application error with the {@code error} value alone, so it carries an
   * HTTP response: a {@code .http} caller gets {@code code} as its status and the failure as JSON
   * body, a {@code .json} caller gets that response object (a plain string there would turn into
   * OpenWhisk's generic 400 and lose the message). {@link #read} accepts both.
   */
  public static ObjectNode webFailure(Answer failure) {
    if (!failure.failed()) {
      throw new IllegalArgumentException("only a failure becomes a web failure");
    }
    ObjectNode json = write(failure);
    ObjectNode response = Json.object();
    response.put(Keys.STATUS_CODE, failure.code());
    response.putObject(Keys.HEADERS).put("Content-Type", "application/json");
    response.set(Keys.BODY, write(failure));
    json.set(Keys.ERROR, response);
    return json;
  }

  /** One image's answer; a failure is an answer too, only JSON that no version of this action writes is refused. */
  public static Answer read(JsonNode json) throws MalformedAnswerException {
    if (json == null || !json.isObject()) {
      throw new MalformedAnswerException("The action answered something other than a JSON object.");
    }
    if (!json.has(Keys.RES) && json.has(Keys.STATUS_CODE) && json.path(Keys.BODY).isObject()) {
      // A web failure's response object, as OpenWhisk hands it to a .json caller.
      json = json.get(Keys.BODY);
    }
    JsonNode error = json.get(Keys.ERROR);
    if (isFailureObject(error)) {
      // Read first: it is all that survives OpenWhisk's REST API, and it is the same for every caller.
      return Answer.failure(error.path(Keys.CODE).asInt(json.path(Keys.CODE).asInt(500)),
          error.path(Keys.MESSAGE).asString(""));
    }
    int res = json.path(Keys.RES).asInt(Integer.MIN_VALUE);
    boolean failed = json.has(Keys.ERROR) || res == -1;
    int code = json.path(Keys.CODE).asInt(failed ? 500 : 200);
    if (failed || code >= 400) {
      return Answer.failure(code, errorText(json.get(Keys.ERROR)));
    }
    if (res < 0 || res > 9) {
      throw new MalformedAnswerException("The action's answer has no digit (\"res\" is " + json.path(Keys.RES) + ").");
    }
    JsonNode model = json.path(Keys.MODEL);
    ModelRef modelRef = new ModelRef(model.path(Keys.MODEL_NAME).asString(""), model.path(Keys.MODEL_SHA256).asString(""));
    if (json.has(Keys.TEXT) || json.has(Keys.DIGITS)) {
      return Answer.number(NumberJson.read(json, res), modelRef, timings(json.path(Keys.TIMINGS)));
    }
    float[] probabilities = probabilities(json.path(Keys.PROBABILITIES));
    float confidence = json.has(Keys.CONFIDENCE) ? (float) json.path(Keys.CONFIDENCE).asDouble()
        : probabilities.length == 10 ? probabilities[res] : Float.NaN;
    return new Answer(code, res, confidence, probabilities, modelRef,
        timings(json.path(Keys.TIMINGS)), png(json.path(Keys.INPUT_PNG)), null);
  }

  static float[] probabilities(JsonNode probs) {
    float[] probabilities = new float[probs.isArray() ? probs.size() : 0];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = (float) probs.get(i).asDouble();
    }
    return probabilities;
  }

  public static BatchAnswer readBatch(JsonNode json) throws MalformedAnswerException {
    if (json == null || !json.path(Keys.RESULTS).isArray()) {
      throw new MalformedAnswerException("The action's answer has no \"results\" list.");
    }
    List<Answer> results = new ArrayList<>();
    for (JsonNode result : json.get(Keys.RESULTS)) {
      results.add(read(result));
    }
    return new BatchAnswer(results, json.path(Keys.TIMINGS).path(Keys.TOTAL).asDouble(Double.NaN));
  }

  /** The error object this codec writes (a web failure's HTTP response or a nested developer error is not one). */
  private static boolean isFailureObject(JsonNode error) {
    return error != null && error.isObject() && error.path(Keys.MESSAGE).isString()
        && (error.path(Keys.CODE).isInt() || error.path(Keys.RES).isInt());
  }

  private static Map<String, Double> timings(JsonNode node) {
    Map<String, Double> timings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getValue().isNumber()) {
        timings.put(e.getKey(), e.getValue().asDouble());
      }
    }
    return timings;
  }

  private static byte[] png(JsonNode node) {
    if (!node.isString()) {
      return new byte[0];
    }
    try {
      return Base64.getDecoder().decode(node.asString());
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static String errorText(JsonNode error) {
    if (error == null || error.isNull() || error.isMissingNode()) {
      return "";
    }
    if (error.isString()) {
      return error.asString();
    }
    if (isFailureObject(error)) {
      return error.get(Keys.MESSAGE).asString();
    }
    // OpenWhisk's developer errors nest ({"error":{"error":"…"}}); a web failure holds its answer in "body".
    if (error.isObject() && error.has(Keys.ERROR)) {
      return errorText(error.get(Keys.ERROR));
    }
    if (error.isObject() && error.path(Keys.BODY).isObject()) {
      return errorText(error.get(Keys.BODY));
    }
    return error.toString();
  }
}

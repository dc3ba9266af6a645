package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.protocol.Json;
import dev.digitwhisk.model.ModelCard;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The action's answers, seed-compatible: {@code {"code":200,"res":6,…}} on success, and
 * {@code {"code":4xx|5xx,"res":-1,"error":"…"}} on failure — the {@code error} key is what makes
 * OpenWhisk record an application error. A {@code urls} request answers
 * {@code {"code":200,"results":[one answer per link, in order]}}.
 */
public final class ResultJson {
  private ResultJson() {}

  public static ObjectNode single(Outcome outcome) {
    ObjectNode json = Json.object();
    json.put("code", outcome.code());
    json.put("res", outcome.res());
    if (!outcome.ok()) {
      json.put("error", dev.digitwhisk.action.fetch.UrlRedactor.scrub(outcome.error()));
      return json;
    }
    json.put("confidence", outcome.prediction().confidence());
    ArrayNode probabilities = json.putArray("probabilities");
    for (float p : outcome.prediction().probabilities()) {
      probabilities.add(p);
    }
    model(json, outcome.model());
    timings(json, outcome.timings());
    json.put("input_png", Base64.getEncoder().encodeToString(InputPng.encode(outcome.input())));
    return json;
  }

  public static ObjectNode batch(List<Outcome> outcomes, double totalMillis) {
    ObjectNode json = Json.object();
    json.put("code", 200);
    ArrayNode results = json.putArray("results");
    for (Outcome outcome : outcomes) {
      results.add(single(outcome));
    }
    json.putObject("timings_ms").put("total", totalMillis);
    return json;
  }

  public static ObjectNode failure(int code, String message) {
    ObjectNode json = Json.object();
    json.put("code", code);
    json.put("res", -1);
    json.put("error", message);
    return json;
  }

  /**
   * A failure for a web action (the invocation's parameters hold {@code __ow_method}). OpenWhisk
   * answers a web action's application error with the {@code error} value alone, so it carries an
   * HTTP response: a {@code .http} caller gets {@code code} as its status and the failure as JSON
   * body, a {@code .json} caller gets this object (a plain string there would turn into OpenWhisk's
   * generic 400 and lose the message).
   */
  public static ObjectNode webFailure(ObjectNode failure) {
    ObjectNode json = failure.deepCopy();
    ObjectNode response = Json.object();
    response.put("statusCode", failure.path("code").asInt(500));
    response.putObject("headers").put("Content-Type", "application/json");
    response.set("body", failure.deepCopy());
    json.set("error", response);
    return json;
  }

  private static void model(ObjectNode json, ModelCard card) {
    ObjectNode model = json.putObject("model");
    model.put("name", card.name());
    model.put("sha256", card.sha256());
    if (card.placeholder()) {
      // The UI warns instead of showing a confident-looking guess from random weights.
      model.put("placeholder", true);
    }
  }

  private static void timings(ObjectNode json, Timings t) {
    ObjectNode timings = json.putObject("timings_ms");
    timings.put("fetch", t.fetch());
    timings.put("decode", t.decode());
    timings.put("preprocess", t.preprocess());
    timings.put("infer", t.infer());
    timings.put("total", t.total());
  }
}

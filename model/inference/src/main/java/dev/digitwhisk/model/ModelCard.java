package dev.digitwhisk.model;

import dev.digitwhisk.protocol.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a model is and how good it is, as {@code model-card.json} beside the {@code .onnx} file says,
 * so the action can report it. This class reads and writes that file: the training writes it with
 * details for people (layers, per-digit accuracy, versions), which reading skips. Accuracies are
 * fractions (0.9935 = 99.35 %), NaN when unknown; {@code sha256} is the lowercase hex digest of the
 * exact {@code .onnx} bytes. The JSON goes through the action's streaming codec: the action reads
 * the card while a cold container starts.
 */
public record ModelCard(
    String name,
    String architecture,
    long parameters,
    String framework,
    String trainingData,
    String augmentation,
    int epochs,
    long seed,
    double validationAccuracy,
    double testAccuracy,
    String sha256,
    String date,
    String notes) {

  public ModelCard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    architecture = orEmpty(architecture);
    framework = orEmpty(framework);
    trainingData = orEmpty(trainingData);
    augmentation = orEmpty(augmentation);
    date = orEmpty(date);
    notes = orEmpty(notes);
  }

  /** A card for a model file that came without one: only its name and digest are known. */
  public static ModelCard unknown(String name, String sha256) {
    return new ModelCard(name, "", 0, "", "", "", 0, 0, Double.NaN, Double.NaN, sha256, "",
        "no model card was found beside the model file");
  }

  /** Reads a card from its JSON text; unknown keys are ignored, missing ones take empty values. */
  public static ModelCard parse(String json) {
    JsonNode card;
    try {
      card = Json.parse(json);
    } catch (Json.MalformedJsonException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getMessage(), e);
    }
    if (card == null || !card.isObject()) {
      throw new IllegalArgumentException("a model card is a JSON object");
    }
    if (!card.path("name").isString() || !card.path("sha256").isString()) {
      throw new IllegalArgumentException("a model card needs at least \"name\" and \"sha256\"");
    }
    return new ModelCard(card.get("name").stringValue(), text(card, "architecture"), card.path("parameters").asLong(0),
        text(card, "framework"), text(card, "trainingData"), text(card, "augmentation"), card.path("epochs").asInt(0),
        card.path("seed").asLong(0), number(card, "validationAccuracy"), number(card, "testAccuracy"),
        card.get("sha256").stringValue().toLowerCase(Locale.ROOT), text(card, "date"), text(card, "notes"));
  }

  /** The card as indented JSON, in the format {@link #parse} reads. */
  public String toJson() {
    return toJson(Map.of());
  }

  /**
   * The card with details for people after its own fields (NaN accuracies become null). A detail
   * may not reuse a field's key: the card would then say two things.
   */
  public String toJson(Map<String, JsonNode> details) {
    ObjectNode json = Json.object();
    json.put("name", name);
    json.put("architecture", architecture);
    json.put("parameters", parameters);
    json.put("framework", framework);
    json.put("trainingData", trainingData);
    json.put("augmentation", augmentation);
    json.put("epochs", epochs);
    json.put("seed", seed);
    putNumber(json, "validationAccuracy", validationAccuracy);
    putNumber(json, "testAccuracy", testAccuracy);
    json.put("sha256", sha256);
    json.put("date", date);
    json.put("notes", notes);
    details.forEach((key, value) -> {
      if (json.has(key)) {
        throw new IllegalArgumentException("\"" + key + "\" is one of the card's own fields, not a detail");
      }
      json.set(key, value);
    });
    return Json.pretty(json);
  }

  private static void putNumber(ObjectNode json, String key, double value) {
    if (Double.isFinite(value)) {
      json.put(key, value);
    } else {
      json.putNull(key);
    }
  }

  private static String text(JsonNode card, String key) {
    return card.path(key).isString() ? card.get(key).stringValue() : "";
  }

  private static double number(JsonNode card, String key) {
    return card.path(key).isNumber() ? card.get(key).doubleValue() : Double.NaN;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

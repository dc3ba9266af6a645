package dev.digitwhisk.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a model is and how good it is, read from {@code model-card.json} next to the {@code .onnx}
 * file so the action can report it. Accuracies are fractions (0.9935 = 99.35 %), NaN when unknown;
 * {@code sha256} is the lowercase hex digest of the exact {@code .onnx} bytes; {@code placeholder}
 * marks a stand-in model whose predictions mean nothing.
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
    boolean placeholder,
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
    return new ModelCard(name, "", 0, "", "", "", 0, 0, Double.NaN, Double.NaN, sha256, "", false,
        "no model card was found beside the model file");
  }

  /** Reads a card from its JSON text; unknown keys are ignored, missing ones take empty values. */
  public static ModelCard parse(String json) {
    if (!(MiniJson.parse(json) instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("a model card is a JSON object");
    }
    if (!(map.get("name") instanceof String name) || !(map.get("sha256") instanceof String sha)) {
      throw new IllegalArgumentException("a model card needs at least \"name\" and \"sha256\"");
    }
    return new ModelCard(name, text(map, "architecture"), (long) number(map, "parameters", 0),
        text(map, "framework"), text(map, "trainingData"), text(map, "augmentation"),
        (int) number(map, "epochs", 0), (long) number(map, "seed", 0),
        number(map, "validationAccuracy", Double.NaN), number(map, "testAccuracy", Double.NaN),
        sha.toLowerCase(Locale.ROOT), text(map, "date"), Boolean.TRUE.equals(map.get("placeholder")),
        text(map, "notes"));
  }

  /** The card as JSON, in the format {@link #parse} reads. */
  public String toJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("architecture", architecture);
    fields.put("parameters", parameters);
    fields.put("framework", framework);
    fields.put("trainingData", trainingData);
    fields.put("augmentation", augmentation);
    fields.put("epochs", epochs);
    fields.put("seed", seed);
    fields.put("validationAccuracy", validationAccuracy);
    fields.put("testAccuracy", testAccuracy);
    fields.put("sha256", sha256);
    fields.put("date", date);
    fields.put("placeholder", placeholder);
    fields.put("notes", notes);
    StringBuilder out = new StringBuilder("{\n");
    int i = 0;
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      out.append("  \"").append(e.getKey()).append("\": ").append(jsonValue(e.getValue()));
      out.append(++i < fields.size() ? ",\n" : "\n");
    }
    return out.append("}\n").toString();
  }

  private static String jsonValue(Object value) {
    if (value instanceof String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> {
            if (c < 0x20) {
              out.append("\\u%04x".formatted((int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? "null" : d.toString();
    }
    return String.valueOf(value);
  }

  private static String text(Map<?, ?> map, String key) {
    return map.get(key) instanceof String s ? s : "";
  }

  private static double number(Map<?, ?> map, String key, double fallback) {
    return map.get(key) instanceof Double d ? d : fallback;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

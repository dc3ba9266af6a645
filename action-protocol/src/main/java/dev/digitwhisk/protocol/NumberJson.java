package dev.digitwhisk.protocol;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a number's part of an answer ({@code text}, {@code digits}, the number's {@code confidence})
 * strictly: the client draws boxes and marks digits from it, so an answer that would draw something
 * other than what the action read is refused whole rather than shown in part.
 */
final class NumberJson {
  private NumberJson() {}

  static NumberAnswer read(JsonNode json, int res) throws MalformedAnswerException {
    JsonNode text = json.path(Keys.TEXT);
    JsonNode digits = json.path(Keys.DIGITS);
    if (!text.isString() || !digits.isArray()) {
      throw malformed("a number needs \"text\" as a string and \"digits\" as a list");
    }
    String value = text.stringValue();
    if (value.isEmpty() || value.length() > Limits.MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw malformed("\"text\" must be 1 to " + Limits.MAX_DIGITS + " digits, not " + text);
    }
    if (digits.size() != value.length()) {
      throw malformed("\"text\" " + text + " has " + value.length() + " digits but \"digits\" lists " + digits.size());
    }
    if (res != value.charAt(0) - '0') {
      throw malformed("\"res\" must be the number's first digit, " + value.charAt(0) + ", not " + res);
    }
    JsonNode confidence = json.path(Keys.CONFIDENCE);
    if (!confidence.isNumber()) {
      throw malformed("a number needs its \"confidence\"");
    }
    List<NumberDigit> read = new ArrayList<>(digits.size());
    for (int i = 0; i < digits.size(); i++) {
      read.add(digit(digits.get(i), value.charAt(i) - '0', i));
    }
    return new NumberAnswer(value, (float) confidence.asDouble(), read);
  }

  private static NumberDigit digit(JsonNode json, int expected, int i) throws MalformedAnswerException {
    String at = "\"digits\"[" + i + "]";
    if (!json.isObject() || !json.path(Keys.DIGIT).isInt() || json.path(Keys.DIGIT).intValue() != expected) {
      throw malformed(at + " must be an object whose \"digit\" is " + expected + ", the text's digit there");
    }
    if (!json.path(Keys.CONFIDENCE).isNumber()) {
      throw malformed(at + " has no \"confidence\"");
    }
    float confidence = (float) json.path(Keys.CONFIDENCE).asDouble();
    JsonNode probabilities = json.path(Keys.PROBABILITIES);
    if (!probabilities.isMissingNode() && !(probabilities.isArray() && probabilities.size() == 10
        && probabilities.valueStream().allMatch(JsonNode::isNumber))) {
      throw malformed(at + "'s \"probabilities\" must be ten numbers");
    }
    JsonNode unsure = json.path(Keys.UNSURE);
    if (!unsure.isMissingNode() && !unsure.isBoolean()) {
      throw malformed(at + "'s \"unsure\" must be true or false");
    }
    JsonNode png = json.path(Keys.INPUT_PNG);
    byte[] inputPng = new byte[0];
    if (!png.isMissingNode()) {
      try {
        inputPng = Base64.getDecoder().decode(png.asString(""));
      } catch (IllegalArgumentException e) {
        throw malformed(at + "'s \"input_png\" is not base64");
      }
    }
    return new NumberDigit(expected, confidence, AnswerCodec.probabilities(probabilities), box(json.path(Keys.BOX), at),
        inputPng, unsure.isBoolean() ? unsure.booleanValue() : confidence < NumberDigit.UNSURE_BELOW);
  }

  private static DigitBox box(JsonNode box, String at) throws MalformedAnswerException {
    int[] sides = new int[4];
    String[] keys = {Keys.X, Keys.Y, Keys.WIDTH, Keys.HEIGHT};
    for (int k = 0; k < keys.length; k++) {
      JsonNode side = box.path(keys[k]);
      if (!side.isInt() || side.intValue() < 0) {
        throw malformed(at + " needs a \"box\" with x, y, width and height in pixels, none negative");
      }
      sides[k] = side.intValue();
    }
    return new DigitBox(sides[0], sides[1], sides[2], sides[3]);
  }

  private static MalformedAnswerException malformed(String why) {
    return new MalformedAnswerException("The action's number answer is malformed: " + why + ".");
  }
}

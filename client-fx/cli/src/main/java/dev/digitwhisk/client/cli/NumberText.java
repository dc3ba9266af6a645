package dev.digitwhisk.client.cli;

import dev.digitwhisk.protocol.DigitBox;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.NumberDigit;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A number as the command line prints it: its text with unsure digits in brackets, or its JSON for scripts. */
final class NumberText {
  private NumberText() {}

  /** The text, each digit the model is unsure of in brackets: {@code 2[0]26}. */
  static String marked(NumberAnswer number) {
    StringBuilder text = new StringBuilder(number.text().length() + 4);
    for (NumberDigit d : number.digits()) {
      text.append(d.unsure() ? "[" + d.digit() + "]" : Integer.toString(d.digit()));
    }
    return text.toString();
  }

  /** {@code text}, the number's {@code confidence} and {@code digits}: each with confidence, unsure, box and probabilities. */
  static void json(NumberAnswer number, ObjectNode node) {
    node.put("text", number.text());
    node.put("confidence", number.confidence());
    ArrayNode digits = node.putArray("digits");
    for (NumberDigit d : number.digits()) {
      ObjectNode digit = digits.addObject();
      digit.put("digit", d.digit());
      digit.put("confidence", d.confidence());
      digit.put("unsure", d.unsure());
      DigitBox b = d.box();
      digit.putObject("box").put("x", b.x()).put("y", b.y()).put("width", b.width()).put("height", b.height());
      probabilities(d.probabilities(), digit);
    }
  }

  static void probabilities(float[] values, ObjectNode node) {
    ArrayNode probabilities = node.putArray("probabilities");
    for (float p : values) {
      probabilities.add(p);
    }
  }
}

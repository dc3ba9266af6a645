package dev.digitwhisk.client.invoke;

import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters every way of invoking sends: {@code {"url": …}} as the original recipe's client
 * did, plus {@code "read": "number"} when a whole number is asked for. A digit sends no {@code read},
 * so the request stays exactly what the original recipe's action understands.
 */
final class ActionParameters {
  private ActionParameters() {}

  static ObjectNode of(URI imageUrl, ReadMode read) {
    ObjectNode value = ActionAnswers.JSON.createObjectNode().put("url", imageUrl.toString());
    if (read != ReadMode.DIGIT) {
      value.put(ReadMode.PARAMETER, read.wireName());
    }
    return value;
  }
}

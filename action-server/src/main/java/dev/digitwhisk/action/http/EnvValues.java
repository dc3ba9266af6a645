package dev.digitwhisk.action.http;

import dev.digitwhisk.protocol.Json;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * JSON values as environment strings, the way OpenWhisk's runtimes export them: a string as is,
 * numbers and booleans as their text, arrays and objects as JSON text, null as the empty string.
 */
final class EnvValues {
  private EnvValues() {}

  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isContainer()) {
      return new String(Json.bytes(node), StandardCharsets.UTF_8);
    }
    return node.asString();
  }
}

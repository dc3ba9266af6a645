package dev.digitwhisk.action.protocol;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The action's one JSON mapper. Only the tree model is used: no bean introspection at start-up, and
 * a request body is parsed exactly once. Trailing garbage after the object is an error.
 */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /** Parses a request body; empty input gives {@code null}. */
  public static JsonNode parse(byte[] body) throws MalformedJsonException {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JacksonException e) {
      throw new MalformedJsonException(e.getOriginalMessage());
    }
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** The body is not JSON. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String detail) {
      super(detail == null ? "not JSON" : detail.lines().findFirst().orElse("not JSON"));
    }
  }
}

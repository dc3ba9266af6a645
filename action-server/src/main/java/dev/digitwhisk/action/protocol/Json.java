package dev.digitwhisk.action.protocol;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The action's JSON: Jackson's tree model, read and written straight through Jackson's streaming
 * parser and generator. No {@code JsonMapper}: building one initialises date formats, locale data
 * and big-number tables the action never uses, about 50 ms of CPU in a cold container's first
 * activation. A request body is parsed exactly once; trailing garbage after the value is an error;
 * a repeated name keeps its last value; nesting is bounded by Jackson's stream-read constraints.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** Parses a request body; empty input gives {@code null}. */
  public static JsonNode parse(byte[] body) throws MalformedJsonException {
    if (body.length == 0) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      JsonNode value = read(parser, first);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new MalformedJsonException("unexpected " + describe(trailing) + " after the JSON value at "
            + parser.currentLocation().offsetDescription());
      }
      return value;
    } catch (JacksonException e) {
      throw new MalformedJsonException(e.getOriginalMessage());
    }
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static byte[] bytes(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(generator, node);
    }
    return out.toByteArray();
  }

  private static JsonNode read(JsonParser parser, JsonToken token) {
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
          String name = parser.currentName();
          object.set(name, read(parser, parser.nextToken()));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(read(parser, next));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("Jackson's parser gave " + token + " where a value starts");
    };
  }

  private static void write(JsonGenerator out, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          out.writeName(property.getKey());
          write(out, property.getValue());
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode element : node.values()) {
          write(out, element);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.stringValue());
      case NUMBER -> writeNumber(out, node);
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL, MISSING -> out.writeNull();
      case BINARY, POJO -> throw new IllegalArgumentException("the action writes no " + node.getNodeType() + " nodes");
    }
  }

  private static void writeNumber(JsonGenerator out, JsonNode node) {
    if (node.isInt() || node.isShort()) {
      out.writeNumber(node.intValue());
    } else if (node.isLong()) {
      out.writeNumber(node.longValue());
    } else if (node.isBigInteger()) {
      out.writeNumber(node.bigIntegerValue());
    } else if (node.isBigDecimal()) {
      out.writeNumber(node.decimalValue());
    } else if (node.isFloat()) {
      out.writeNumber(node.floatValue());
    } else {
      out.writeNumber(node.doubleValue());
    }
  }

  private static String describe(JsonToken token) {
    return token.isStructStart() || token.isStructEnd() ? "'" + token.asString() + "'" : "content";
  }

  /** The body is not JSON. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String detail) {
      super(detail == null ? "not JSON" : detail.lines().findFirst().orElse("not JSON"));
    }
  }
}

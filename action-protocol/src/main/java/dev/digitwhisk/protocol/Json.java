package dev.digitwhisk.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON where start-up time counts (the action's requests and answers, the model card it reads while
 * a cold container starts): Jackson's tree model, read and written straight through Jackson's
 * streaming parser and generator. No {@code JsonMapper}: building one initialises date formats,
 * locale data and big-number tables none of this uses, about 50 ms of CPU in a cold container's
 * first activation. A body is parsed exactly once; trailing garbage after the value is an error; a
 * repeated name keeps its last value; nesting is bounded by Jackson's stream-read constraints.
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

  /** Parses a text such as a file's content; blank text gives {@code null}. */
  public static JsonNode parse(String text) throws MalformedJsonException {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Compact UTF-8 JSON, as answers go over the wire. */
  public static byte[] bytes(JsonNode node) {
    return bytes(node, ObjectWriteContext.empty());
  }

  /** Indented JSON ending in a line break, for files people read. */
  public static String pretty(JsonNode node) {
    ObjectWriteContext indented = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return new DefaultPrettyPrinter();
      }
    };
    return new String(bytes(node, indented), StandardCharsets.UTF_8) + "\n";
  }

  private static byte[] bytes(JsonNode node, ObjectWriteContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
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
      case BINARY, POJO -> throw new IllegalArgumentException("no codec here writes " + node.getNodeType() + " nodes");
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

package dev.digitwhisk.model.training;

import java.util.Collection;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON; enough for a model card. */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    switch (value) {
      case null -> out.append("null");
      case String s -> string(s, out);
      case Double d -> out.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
      case Float f -> out.append(f.isNaN() || f.isInfinite() ? "null" : f.toString());
      case Number n -> out.append(n);
      case Boolean b -> out.append(b);
      case Map<?, ?> map -> {
        out.append("{");
        String inner = indent + "  ";
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.append(i++ == 0 ? "\n" : ",\n").append(inner);
          string(String.valueOf(e.getKey()), out);
          out.append(": ");
          write(e.getValue(), out, inner);
        }
        out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
      }
      case Collection<?> list -> {
        boolean simple = list.stream().allMatch(v -> v instanceof Number || v instanceof Boolean);
        out.append("[");
        String inner = indent + "  ";
        int i = 0;
        for (Object v : list) {
          out.append(i++ == 0 ? "" : ",").append(simple ? (i == 1 ? "" : " ") : "\n" + inner);
          write(v, out, inner);
        }
        out.append(simple || list.isEmpty() ? "]" : "\n" + indent + "]");
      }
      default -> string(value.toString(), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
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
    out.append('"');
  }
}

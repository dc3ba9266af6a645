package dev.digitwhisk.client.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the OpenWhisk CLI's {@code ~/.wskprops} ({@code KEY=VALUE} lines; {@code $WSK_CONFIG_FILE}
 * moves it, as for {@code wsk}): {@code APIHOST}, {@code AUTH} and {@code NAMESPACE} become
 * {@code openwhisk.apihost}, {@code openwhisk.auth} and {@code openwhisk.namespace}.
 */
final class WskProps {
  private WskProps() {}

  public static Path defaultPath(Map<String, String> environment, Path home) {
    String moved = environment.get("WSK_CONFIG_FILE");
    return moved != null && !moved.isBlank() ? Path.of(moved) : home.resolve(".wskprops");
  }

  /** The settings this file gives, empty when it does not exist. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (file == null || !Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      int eq = l.indexOf('=');
      if (l.isEmpty() || l.startsWith("#") || eq < 1) {
        continue;
      }
      String value = unquote(l.substring(eq + 1).strip());
      if (value.isEmpty()) {
        continue;
      }
      switch (l.substring(0, eq).strip()) {
        case "APIHOST" -> out.put(SettingKey.OPENWHISK_APIHOST.key(), value);
        case "AUTH" -> out.put(SettingKey.OPENWHISK_AUTH.key(), value);
        case "NAMESPACE" -> out.put(SettingKey.OPENWHISK_NAMESPACE.key(), value);
        default -> { }
      }
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}

package dev.digitwhisk.client.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the config file lives: {@code $DIGITWHISK_CONFIG} if set, else
 * {@code $XDG_CONFIG_HOME/digitwhisk/config.json}, else the OS's place: {@code ~/.config/digitwhisk}
 * on Linux, {@code ~/Library/Application Support/digitwhisk} on macOS, {@code %APPDATA%\digitwhisk}
 * on Windows.
 */
public final class ConfigPaths {
  public static final String CONFIG_ENV = "DIGITWHISK_CONFIG";

  private ConfigPaths() {}

  public static Path configFile(Map<String, String> env, Path home, String osName) {
    String explicit = env.get(CONFIG_ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "digitwhisk", "config.json");
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support/digitwhisk/config.json");
    }
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
      return base.resolve("digitwhisk").resolve("config.json");
    }
    return home.resolve(".config/digitwhisk/config.json");
  }

  public static Path defaultConfigFile() {
    return configFile(System.getenv(), Path.of(System.getProperty("user.home")), System.getProperty("os.name", ""));
  }
}

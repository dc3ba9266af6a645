package dev.digitwhisk.client.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves settings for the window and the command line alike. Precedence, highest first:
 * flags (a map of {@link SettingKey#key()} to value, e.g. from picocli) &gt; environment
 * ({@code DIGITWHISK_*}) &gt; the config file ({@link ConfigPaths}) &gt; {@code ~/.wskprops}
 * ({@code APIHOST}, {@code AUTH}, {@code NAMESPACE}) &gt; the sandbox. With no store endpoint from
 * any source the result is the sandbox, whatever {@code .wskprops} holds.
 */
public final class SettingsLoader {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsLoader.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One resolved value and where it came from. */
  public record Resolved(String value, SettingsSource source) {}

  private final Map<String, String> environment;
  private final Path configFile;
  private final Path wskProps;

  private SettingsLoader(Map<String, String> environment, Path configFile, Path wskProps) {
    this.environment = Map.copyOf(environment);
    this.configFile = configFile;
    this.wskProps = wskProps;
  }

  /** The real environment, config file and {@code ~/.wskprops} of this user. */
  public static SettingsLoader defaults() {
    Map<String, String> env = System.getenv();
    Path home = Path.of(System.getProperty("user.home"));
    return new SettingsLoader(env, ConfigPaths.configFile(env, home, System.getProperty("os.name", "")),
        WskProps.defaultPath(env, home));
  }

  /** Explicit sources (tests, or a CLI {@code --config} flag); a null path means "none". */
  public static SettingsLoader of(Map<String, String> environment, Path configFile, Path wskProps) {
    return new SettingsLoader(Objects.requireNonNull(environment, "environment"), configFile, wskProps);
  }

  /** The same sources with another config file. */
  public SettingsLoader withConfigFile(Path file) {
    return new SettingsLoader(environment, file, wskProps);
  }

  public Path configFile() {
    return configFile;
  }

  public ClientSettings load(Map<String, String> flags) throws SettingsException {
    return toSettings(resolve(flags));
  }

  /** Every setting that has a value, with its source (for {@code doctor} and the settings page). */
  public Map<SettingKey, Resolved> resolve(Map<String, String> flags) throws SettingsException {
    Map<SettingKey, Resolved> out = new EnumMap<>(SettingKey.class);
    layer(out, wskProps(), SettingsSource.WSKPROPS);
    layer(out, configValues(), SettingsSource.CONFIG_FILE);
    Map<String, String> env = new LinkedHashMap<>();
    for (SettingKey k : SettingKey.values()) {
      String v = environment.get(k.environmentVariable());
      if (v != null) {
        env.put(k.key(), v);
      }
    }
    layer(out, env, SettingsSource.ENVIRONMENT);
    layer(out, flags == null ? Map.of() : flags, SettingsSource.FLAG);
    return out;
  }

  private static void layer(Map<SettingKey, Resolved> out, Map<String, String> values, SettingsSource source)
      throws SettingsException {
    for (Map.Entry<String, String> e : values.entrySet()) {
      SettingKey key = SettingKey.of(e.getKey()).orElse(null);
      if (key == null) {
        if (source == SettingsSource.FLAG) {
          throw new SettingsException("There is no setting called '" + e.getKey() + "'.", "Use one of: " + keyList() + ".");
        }
        LOG.warn("Ignoring unknown setting '{}' from the {}", e.getKey(), source.description());
        continue;
      }
      if (e.getValue() != null && !e.getValue().isBlank()) {
        out.put(key, new Resolved(e.getValue().strip(), source));
      }
    }
  }

  private Map<String, String> wskProps() throws SettingsException {
    try {
      return WskProps.read(wskProps);
    } catch (IOException e) {
      LOG.warn("Cannot read {}: {}", wskProps, e.toString());
      return Map.of();
    }
  }

  private Map<String, String> configValues() throws SettingsException {
    if (configFile == null || !Files.isRegularFile(configFile)) {
      return Map.of();
    }
    try {
      JsonNode root = JSON.readTree(Files.readString(configFile, StandardCharsets.UTF_8));
      Map<String, String> flat = new LinkedHashMap<>();
      if (root != null && root.isObject()) {
        flatten("", root, flat);
      }
      return flat;
    } catch (IOException | JacksonException e) {
      throw new SettingsException("The config file " + configFile + " cannot be read: " + e.getMessage(),
          "Fix or delete that file (the settings page writes a fresh one).", e);
    }
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue().isObject()) {
        flatten(key, e.getValue(), out);
      } else if (!e.getValue().isNull()) {
        out.put(key, e.getValue().isString() ? e.getValue().asString() : e.getValue().toString());
      }
    }
  }

  static ClientSettings toSettings(Map<SettingKey, Resolved> values) throws SettingsException {
    ClientSettings.Builder b = ClientSettings.builder();
    try {
      for (Map.Entry<SettingKey, Resolved> e : values.entrySet()) {
        String v = e.getValue().value();
        switch (e.getKey()) {
          case BACKEND -> b.sandbox(parseBackend(v));
          case STORE_ENDPOINT -> b.storeEndpoint(v);
          case STORE_TLS -> b.storeTls(parseBoolean(v, e.getKey()));
          case STORE_ACCESS_KEY -> b.accessKey(v);
          case STORE_SECRET_KEY -> b.secretKey(v);
          case STORE_BUCKET -> b.bucket(v);
          case STORE_REGION -> b.region(v);
          case PRESIGN_EXPIRY -> b.presignExpiry(Durations.parse(v));
          case INVOKE_MODE -> b.invokeMode(InvokeMode.parse(v).orElseThrow(() -> new IllegalArgumentException(
              "invoke.mode must be rest, web, api-gateway or direct, not '" + v + "'")));
          case INVOKE_URL -> b.url(v);
          case INVOKE_TIMEOUT -> b.invokeTimeout(Durations.parse(v));
          case INVOKE_PER_ACTIVATION -> b.perActivation(parsePerActivation(v));
          case OPENWHISK_APIHOST -> b.apiHost(v);
          case OPENWHISK_AUTH -> b.auth(v);
          case OPENWHISK_NAMESPACE -> b.namespace(v);
          case OPENWHISK_ACTION -> b.action(v);
        }
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new SettingsException("A setting is not valid: " + e.getMessage() + ".", "Correct that value.", e);
    }
  }

  private static Boolean parseBackend(String v) {
    return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "sandbox", "local", "embedded" -> true;
      case "servers", "remote", "server" -> false;
      default -> throw new IllegalArgumentException("backend must be 'sandbox' or 'servers', not '" + v + "'");
    };
  }

  private static int parsePerActivation(String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(ClientSettings.perActivationProblem(v));
    }
  }

  private static boolean parseBoolean(String v, SettingKey key) {
    return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException(key.key() + " must be true or false, not '" + v + "'");
    };
  }

  /** The mode a URL most likely means: {@code /api/v1/web/} a web action, a bare host or {@code /run} a container, else an API-gateway route. */
  public static InvokeMode guessMode(String url) {
    String path = java.net.URI.create(url.trim()).getPath();
    if (path == null || path.isEmpty() || path.equals("/") || path.endsWith("/run") || path.endsWith("/init")) {
      return InvokeMode.DIRECT;
    }
    return path.contains("/api/v1/web/") ? InvokeMode.WEB : InvokeMode.API_GATEWAY;
  }

  private static String keyList() {
    StringBuilder s = new StringBuilder();
    for (SettingKey k : SettingKey.values()) {
      s.append(s.isEmpty() ? "" : ", ").append(k.key());
    }
    return s.toString();
  }
}

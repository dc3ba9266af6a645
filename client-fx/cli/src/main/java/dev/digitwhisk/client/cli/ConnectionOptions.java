package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.config.SettingKey;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the store and the action are. The original recipe's {@code mnist_demo.py} names ({@code --endpoint},
 * {@code --access_key}, {@code --secret_key}, {@code --bucket_name}, {@code --mnist_api}) work as
 * they are; each has a kebab-case twin. Everything left out comes from the environment, the config
 * file, {@code ~/.wskprops} or, with nothing at all, the embedded sandbox (client-core's precedence).
 */
final class ConnectionOptions {
  private final Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);

  @Option(names = {"--sandbox"}, description = "Use the embedded local stack, whatever else is configured.")
  void sandbox(boolean on) { if (on) values.put(SettingKey.BACKEND, "sandbox"); }

  @Option(names = {"--endpoint"}, paramLabel = "HOST:PORT", description = "MinIO/S3 endpoint (host:port or http(s)://host:port).")
  void endpoint(String v) { values.put(SettingKey.STORE_ENDPOINT, v); }

  @Option(names = {"--tls", "--secure"}, description = "Use https for a host:port endpoint.")
  void tls(boolean on) { values.put(SettingKey.STORE_TLS, Boolean.toString(on)); }

  @Option(names = {"--access-key", "--access_key"}, paramLabel = "KEY", description = "The store's access key.")
  void accessKey(String v) { values.put(SettingKey.STORE_ACCESS_KEY, v); }

  @Option(names = {"--secret-key", "--secret_key"}, paramLabel = "KEY", description = "The store's secret key (prefer DIGITWHISK_STORE_SECRET_KEY: flags show in ps).")
  void secretKey(String v) { values.put(SettingKey.STORE_SECRET_KEY, v); }

  @Option(names = {"--bucket", "--bucket-name", "--bucket_name"}, paramLabel = "NAME", description = "Bucket for uploads (created if missing).")
  void bucket(String v) { values.put(SettingKey.STORE_BUCKET, v); }

  @Option(names = {"--region"}, description = "The store's region.")
  void region(String v) { values.put(SettingKey.STORE_REGION, v); }

  @Option(names = {"--presign-expiry"}, paramLabel = "DURATION", description = "How long presigned URLs stay valid (e.g. 90s, 5m).")
  void presignExpiry(String v) { values.put(SettingKey.PRESIGN_EXPIRY, v); }

  @Option(names = {"--apihost"}, description = "OpenWhisk API host (REST invoke).")
  void apiHost(String v) { values.put(SettingKey.OPENWHISK_APIHOST, v); }

  @Option(names = {"--auth"}, paramLabel = "UUID:KEY", description = "OpenWhisk auth key (prefer DIGITWHISK_OPENWHISK_AUTH or ~/.wskprops).")
  void auth(String v) { values.put(SettingKey.OPENWHISK_AUTH, v); }

  @Option(names = {"--namespace"}, description = "OpenWhisk namespace (default _).")
  void namespace(String v) { values.put(SettingKey.OPENWHISK_NAMESPACE, v); }

  @Option(names = {"--action"}, description = "Action name or package/name (default mnist).")
  void action(String v) { values.put(SettingKey.OPENWHISK_ACTION, v); }

  @Option(names = {"--mnist-api", "--mnist_api", "--api-gateway-url"}, paramLabel = "URL", description = "API-gateway URL: POST {\"url\":…} (the original recipe's --mnist_api).")
  void apiGateway(String v) { invokeUrl("api-gateway", v); }

  @Option(names = {"--web-action-url"}, paramLabel = "URL", description = "Web action URL (…/api/v1/web/NS/PKG/ACTION.json).")
  void webAction(String v) { invokeUrl("web", v); }

  @Option(names = {"--action-url"}, paramLabel = "URL", description = "The action container itself (/init, /run), as the invoker calls it.")
  void actionUrl(String v) { invokeUrl("direct", v); }

  @Option(names = {"--invoke-timeout"}, paramLabel = "DURATION", description = "How long one invocation may take (default 60s).")
  void invokeTimeout(String v) { values.put(SettingKey.INVOKE_TIMEOUT, v); }

  /** Set by {@code classify --per-activation}, the one command it concerns. */
  void perActivation(String v) { values.put(SettingKey.INVOKE_PER_ACTIVATION, v); }

  private void invokeUrl(String mode, String url) {
    values.put(SettingKey.INVOKE_MODE, mode);
    values.put(SettingKey.INVOKE_URL, url);
  }

  /** The flags as client-core's {@code SettingsLoader} takes them. */
  Map<String, String> flags() {
    Map<String, String> flags = new LinkedHashMap<>();
    values.forEach((key, value) -> flags.put(key.key(), value));
    return flags;
  }
}

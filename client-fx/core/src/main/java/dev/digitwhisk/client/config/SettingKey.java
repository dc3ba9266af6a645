package dev.digitwhisk.client.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every setting, by the name used as a flag key, a config-file key (dots nest:
 * {@code {"store":{"endpoint":…}}}) and an environment variable ({@code DIGITWHISK_} + the name in
 * upper case with {@code .} and {@code -} as {@code _}, e.g. {@code DIGITWHISK_STORE_SECRET_KEY}).
 */
public enum SettingKey {
  BACKEND("backend", false, "'sandbox' for the embedded local stack, 'servers' for your own; unset: sandbox unless a store endpoint is set"),
  STORE_ENDPOINT("store.endpoint", false, "MinIO/S3 endpoint, host:port or http(s)://host:port"),
  STORE_TLS("store.tls", false, "true to use https for a host:port endpoint (default false)"),
  STORE_ACCESS_KEY("store.access-key", false, "the store's access key"),
  STORE_SECRET_KEY("store.secret-key", true, "the store's secret key"),
  STORE_BUCKET("store.bucket", false, "bucket for uploads (default digitwhisk; created if missing)"),
  STORE_REGION("store.region", false, "the store's region (default us-east-1)"),
  PRESIGN_EXPIRY("presign.expiry", false, "how long presigned URLs stay valid, e.g. 300, 90s, 5m, PT5M (default 5m)"),
  INVOKE_MODE("invoke.mode", false, "rest, web, api-gateway or direct (default: from the URL, else rest)"),
  INVOKE_URL("invoke.url", false, "web-action, API-gateway or direct action URL"),
  INVOKE_TIMEOUT("invoke.timeout", false, "how long one invocation may take (default 60s)"),
  INVOKE_PER_ACTIVATION("invoke.per-activation", false,
      "most images a batch sends to one activation, 1 to " + dev.digitwhisk.protocol.Limits.MAX_URLS
          + " (default " + dev.digitwhisk.protocol.Limits.MAX_URLS + "; 1: one activation per image)"),
  OPENWHISK_APIHOST("openwhisk.apihost", false, "OpenWhisk API host, e.g. https://openwhisk.example:443 (.wskprops APIHOST)"),
  OPENWHISK_AUTH("openwhisk.auth", true, "OpenWhisk auth key uuid:key (.wskprops AUTH)"),
  OPENWHISK_NAMESPACE("openwhisk.namespace", false, "OpenWhisk namespace (default _; .wskprops NAMESPACE)"),
  OPENWHISK_ACTION("openwhisk.action", false, "action name or package/name (default mnist)");

  private final String key;
  private final boolean secret;
  private final String description;

  SettingKey(String key, boolean secret, String description) {
    this.key = key;
    this.secret = secret;
    this.description = description;
  }

  /** The flag / config-file name, e.g. {@code store.secret-key}. */
  public String key() {
    return key;
  }

  /** The environment variable, e.g. {@code DIGITWHISK_STORE_SECRET_KEY}. */
  public String environmentVariable() {
    return "DIGITWHISK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public boolean secret() {
    return secret;
  }

  public String description() {
    return description;
  }

  public static Optional<SettingKey> of(String key) {
    for (SettingKey k : values()) {
      if (k.key.equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

package dev.digitwhisk.client.config;

import dev.digitwhisk.client.Redaction;
import java.net.URI;
import java.util.Objects;

/**
 * Where images are uploaded: an S3-compatible store (MinIO) endpoint such as
 * {@code http://192.168.1.82:9000}, its keys and the bucket. TLS is the endpoint's scheme.
 * {@code toString} hides the secret key.
 */
public record StoreSettings(URI endpoint, String accessKey, String secretKey, String bucket, String region) {
  public static final String DEFAULT_BUCKET = "digitwhisk";
  public static final String DEFAULT_REGION = "us-east-1";

  public StoreSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    bucket = bucket == null || bucket.isBlank() ? DEFAULT_BUCKET : bucket;
    region = region == null || region.isBlank() ? DEFAULT_REGION : region;
  }

  public boolean tls() {
    return "https".equalsIgnoreCase(endpoint.getScheme());
  }

  /**
   * An endpoint from {@code host:port} (as the original recipe's {@code --endpoint} takes it, TLS chosen by
   * {@code tls}) or from a full {@code http(s)://host:port} URL.
   */
  public static URI endpoint(String text, boolean tls) {
    String t = Objects.requireNonNull(text, "endpoint").trim();
    if (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    URI uri = URI.create(t.contains("://") ? t : (tls ? "https://" : "http://") + t);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("'" + text + "' is not a host:port or http(s) URL");
    }
    return uri;
  }

  @Override
  public String toString() {
    return "StoreSettings[endpoint=" + Redaction.url(endpoint) + ", accessKey=" + accessKey + ", secretKey="
        + Redaction.secret(secretKey) + ", bucket=" + bucket + ", region=" + region + "]";
  }
}

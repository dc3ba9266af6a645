package dev.digitwhisk.action.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How far the action trusts an image URL. The defaults: at most {@value #DEFAULT_MAX_BYTES} bytes
 * (counted while streaming, whatever Content-Length says), {@value #DEFAULT_MAX_REDIRECTS} redirects
 * followed by hand and each one checked again, 5 s to connect, 30 s in all unless the activation's
 * deadline is sooner, and no link-local or cloud-metadata addresses. Loopback stays allowed: the
 * sandbox and the tests serve images from 127.0.0.1.
 */
public record FetchPolicy(
    long maxBytes, int maxRedirects, Duration connectTimeout, Duration maxDuration, boolean blockLinkLocal) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 3;

  public FetchPolicy {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(maxDuration, "maxDuration");
    if (maxBytes < 1 || maxRedirects < 0 || connectTimeout.isNegative() || connectTimeout.isZero()
        || maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("a fetch policy needs positive limits: " + maxBytes + " bytes, "
          + maxRedirects + " redirects, " + connectTimeout + " to connect, " + maxDuration + " in all");
    }
  }

  public static FetchPolicy defaults() {
    return new FetchPolicy(DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, Duration.ofSeconds(5), Duration.ofSeconds(30), true);
  }

  public FetchPolicy withBlockLinkLocal(boolean block) {
    return new FetchPolicy(maxBytes, maxRedirects, connectTimeout, maxDuration, block);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(bytes, maxRedirects, connectTimeout, maxDuration, blockLinkLocal);
  }

  public FetchPolicy withMaxDuration(Duration duration) {
    return new FetchPolicy(maxBytes, maxRedirects, connectTimeout, duration, blockLinkLocal);
  }
}

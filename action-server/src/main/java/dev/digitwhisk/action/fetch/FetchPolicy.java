package dev.digitwhisk.action.fetch;

import dev.digitwhisk.protocol.Limits;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.Objects;

/**
 * How far the action trusts an image URL. The defaults, from {@link Limits}: at most
 * {@code MAX_IMAGE_BYTES} (counted while streaming, whatever Content-Length says), {@code MAX_REDIRECTS}
 * redirects followed by hand and each one checked again, {@code CONNECT_TIMEOUT} to connect,
 * {@code ACTIVATION_BUDGET} in all unless the activation's deadline is sooner, and no link-local or
 * cloud-metadata addresses. Loopback stays allowed: the sandbox and the tests serve images from 127.0.0.1.
 * {@code proxy} routes the fetches (null: straight to the URL's host), for a network that needs a proxy,
 * or one that, like a container's, does not reach the host's loopback.
 */
public record FetchPolicy(
    long maxBytes, int maxRedirects, Duration connectTimeout, Duration maxDuration, boolean blockLinkLocal,
    ProxySelector proxy) {
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
    return new FetchPolicy(Limits.MAX_IMAGE_BYTES, Limits.MAX_REDIRECTS, Limits.CONNECT_TIMEOUT, Limits.ACTIVATION_BUDGET, true, null);
  }

  public FetchPolicy withBlockLinkLocal(boolean block) {
    return new FetchPolicy(maxBytes, maxRedirects, connectTimeout, maxDuration, block, proxy);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(bytes, maxRedirects, connectTimeout, maxDuration, blockLinkLocal, proxy);
  }

  public FetchPolicy withMaxDuration(Duration duration) {
    return new FetchPolicy(maxBytes, maxRedirects, connectTimeout, duration, blockLinkLocal, proxy);
  }

  public FetchPolicy withProxy(ProxySelector proxy) {
    return new FetchPolicy(maxBytes, maxRedirects, connectTimeout, maxDuration, blockLinkLocal, proxy);
  }
}

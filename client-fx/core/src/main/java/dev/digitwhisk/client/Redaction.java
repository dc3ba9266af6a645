package dev.digitwhisk.client;

import java.net.URI;

/** Makes URLs safe to log and show: a presigned URL's query string is its signature, so it goes. */
public final class Redaction {
  private Redaction() {}

  /** {@code scheme://host:port/path} without user info, query or fragment. */
  public static String url(URI uri) {
    if (uri == null) {
      return "(none)";
    }
    StringBuilder s = new StringBuilder();
    if (uri.getScheme() != null) {
      s.append(uri.getScheme()).append("://");
    }
    if (uri.getHost() != null) {
      s.append(uri.getHost());
      if (uri.getPort() >= 0) {
        s.append(':').append(uri.getPort());
      }
    }
    if (uri.getRawPath() != null) {
      s.append(uri.getRawPath());
    }
    if (uri.getRawQuery() != null) {
      s.append("?…");
    }
    return s.toString();
  }

  /** The same for a URL in a string; anything unparsable is cut at the first '?'. */
  public static String url(String url) {
    if (url == null) {
      return "(none)";
    }
    try {
      return url(URI.create(url));
    } catch (IllegalArgumentException e) {
      int q = url.indexOf('?');
      return q < 0 ? url : url.substring(0, q) + "?…";
    }
  }

  /** A secret shown as its length only, e.g. for {@code toString}. */
  public static String secret(String secret) {
    return secret == null || secret.isEmpty() ? "(none)" : "(" + secret.length() + " chars, hidden)";
  }
}

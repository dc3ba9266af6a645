package dev.digitwhisk.client;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes URLs safe to log and show: a presigned URL's query string is its signature, so it goes. */
public final class Redaction {
  private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s\"'<>()]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");
  /** Path segments longer than this are shortened for display (an uploaded object's random name is 40). */
  private static final int LONG_SEGMENT = 16;

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

  /**
   * A text with every URL in it redacted ({@link #url(String)}) and shortened for a narrow display: a long
   * path segment keeps its first 8 characters and its extension, e.g.
   * {@code http://store:9000/digitwhisk/0b31e85f….png}.
   */
  public static String shortUrls(String text) {
    if (text == null) {
      return "";
    }
    Matcher m = URL_IN_TEXT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group();
      Matcher tail = TRAILING_PUNCTUATION.matcher(url);
      String punctuation = tail.find() ? tail.group() : "";
      url = url.substring(0, url.length() - punctuation.length());
      m.appendReplacement(out, Matcher.quoteReplacement(shortPath(url(url)) + punctuation));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String shortPath(String redacted) {
    String query = redacted.endsWith("?…") ? "?…" : "";
    String url = redacted.substring(0, redacted.length() - query.length());
    int pathStart = url.indexOf('/', url.indexOf("://") + 3);
    if (pathStart < 0) {
      return redacted;
    }
    StringBuilder s = new StringBuilder(url.substring(0, pathStart));
    for (String segment : url.substring(pathStart + 1).split("/", -1)) {
      int dot = segment.lastIndexOf('.');
      String extension = dot > 0 && segment.length() - dot <= 6 ? segment.substring(dot) : "";
      s.append('/').append(segment.length() > LONG_SEGMENT ? segment.substring(0, 8) + "…" + extension : segment);
    }
    return s.append(query).toString();
  }
}

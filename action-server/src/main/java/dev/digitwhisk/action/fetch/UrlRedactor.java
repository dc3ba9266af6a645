package dev.digitwhisk.action.fetch;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * URLs as logs and error messages may show them: {@code scheme://host[:port]/path}. The query string
 * of a presigned URL holds the signature and the access key id, and user-info holds passwords, so
 * both are always dropped.
 */
public final class UrlRedactor {
  private static final int MAX_SHOWN = 200;

  private UrlRedactor() {}

  public static String redact(URI uri) {
    if (uri == null) {
      return "(no URL)";
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return shorten(cut(uri.toString()));
    }
    StringBuilder out = new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    return shorten(out.toString());
  }

  /** Redacts a URL given as text, even one that does not parse. */
  public static String redact(String url) {
    if (url == null) {
      return "(no URL)";
    }
    try {
      return redact(new URI(url.strip()));
    } catch (URISyntaxException e) {
      return shorten(cut(url.strip()));
    }
  }

  /** Removes query strings and user-info from every URL inside free text (exception messages). */
  public static String scrub(String text) {
    if (text == null) {
      return "";
    }
    return USERINFO.matcher(QUERY.matcher(text).replaceAll("$1")).replaceAll("$1");
  }

  private static final java.util.regex.Pattern QUERY =
      java.util.regex.Pattern.compile("((?i:https?)://[^\\s?#\"'<>]*)[?#][^\\s\"'<>]*");
  private static final java.util.regex.Pattern USERINFO =
      java.util.regex.Pattern.compile("((?i:https?)://)[^\\s/@\"'<>]*@");

  private static String cut(String text) {
    int at = text.indexOf('@');
    if (at >= 0) {
      int scheme = text.indexOf("://");
      text = (scheme >= 0 && scheme < at ? text.substring(0, scheme + 3) : "") + text.substring(at + 1);
    }
    for (char stop : new char[] {'?', '#'}) {
      int i = text.indexOf(stop);
      if (i >= 0) {
        text = text.substring(0, i);
      }
    }
    return text;
  }

  private static String shorten(String text) {
    StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_SHOWN + 1));
    for (int i = 0; i < text.length() && clean.length() < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      clean.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return text.length() > MAX_SHOWN ? clean + "…" : clean.toString();
  }
}

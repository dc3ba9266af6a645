package dev.digitwhisk.client.config;

import dev.digitwhisk.client.Redaction;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the action. {@link InvokeMode#REST} uses {@code apiHost}, {@code auth}
 * ({@code uuid:key}), {@code namespace} and {@code action} ({@code name} or {@code package/name});
 * the other modes POST to {@code url}. {@code toString} hides the auth key.
 */
public record InvokeSettings(
    InvokeMode mode, Optional<URI> apiHost, Optional<String> auth, String namespace, String action, Optional<URI> url) {
  public static final String DEFAULT_NAMESPACE = "_";
  public static final String DEFAULT_ACTION = "mnist";

  public InvokeSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(apiHost, "apiHost");
    auth = Objects.requireNonNull(auth, "auth").filter(s -> !s.isBlank());
    namespace = namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace;
    action = action == null || action.isBlank() ? DEFAULT_ACTION : action;
    Objects.requireNonNull(url, "url");
    if (mode == InvokeMode.REST && (apiHost.isEmpty() || auth.isEmpty())) {
      throw new IllegalArgumentException("OpenWhisk REST needs an API host and an auth key");
    }
    if (mode != InvokeMode.REST && url.isEmpty() && !(mode == InvokeMode.WEB && apiHost.isPresent())) {
      throw new IllegalArgumentException("the " + mode.id() + " mode needs a URL");
    }
  }

  public static InvokeSettings rest(URI apiHost, String auth, String namespace, String action) {
    return new InvokeSettings(InvokeMode.REST, Optional.of(apiHost), Optional.of(auth), namespace, action, Optional.empty());
  }

  public static InvokeSettings url(InvokeMode mode, URI url) {
    return new InvokeSettings(mode, Optional.empty(), Optional.empty(), null, null, Optional.of(url));
  }

  /** An OpenWhisk API host from {@code .wskprops} style text: no scheme means https, as {@code wsk} does. */
  public static URI apiHost(String text) {
    String t = Objects.requireNonNull(text, "apihost").trim();
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    URI uri = URI.create(t.contains("://") ? t : "https://" + t);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("'" + text + "' is not a host[:port] or URL");
    }
    return uri;
  }

  /**
   * The URL to call in the URL modes; for {@link InvokeMode#WEB} without one, the web-action URL
   * {@code {apiHost}/api/v1/web/{namespace}/{package|default}/{action}.json}.
   */
  public URI effectiveUrl() {
    if (url.isPresent()) {
      return url.get();
    }
    if (mode == InvokeMode.WEB && apiHost.isPresent()) {
      String pkgAndName = action.contains("/") ? action : "default/" + action;
      return URI.create(apiHost.get() + "/api/v1/web/" + namespace + "/" + pkgAndName + ".json");
    }
    return apiHost.orElseThrow();
  }

  @Override
  public String toString() {
    return "InvokeSettings[mode=" + mode.id() + ", apiHost=" + apiHost.map(Redaction::url).orElse("(none)")
        + ", auth=" + Redaction.secret(auth.orElse(null)) + ", namespace=" + namespace + ", action=" + action
        + ", url=" + url.map(Redaction::url).orElse("(none)") + "]";
  }
}

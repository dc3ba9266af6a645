package dev.digitwhisk.client.config;

import java.util.Locale;
import java.util.Optional;

/** The four ways to reach the action. */
public enum InvokeMode {
  /** OpenWhisk REST API: {@code POST /api/v1/namespaces/{ns}/actions/{name}?blocking=true}, Basic auth. */
  REST("rest"),
  /** A web action: {@code POST https://HOST/api/v1/web/{ns}/{pkg}/{action}.json}. */
  WEB("web"),
  /** An API-gateway route (the original recipe's final form): {@code POST https://HOST:9001/api/{id}/{base}/{path}}. */
  API_GATEWAY("api-gateway"),
  /** The action container itself: {@code POST /init} once, then {@code POST /run}, as the invoker does. */
  DIRECT("direct");

  private final String id;

  InvokeMode(String id) {
    this.id = id;
  }

  /** The name used in flags, the environment and the config file. */
  public String id() {
    return id;
  }

  public static Optional<InvokeMode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (InvokeMode m : values()) {
      if (m.id.equals(t) || (m == API_GATEWAY && (t.equals("api") || t.equals("apigw") || t.equals("gateway")))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}

package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.config.InvokeSettings;
import java.net.http.HttpClient;
import java.time.Duration;

/** Creates the {@link ActionInvoker} that settings ask for. */
public final class ActionInvokers {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private ActionInvokers() {}

  public static ActionInvoker create(InvokeSettings settings) {
    return create(settings, HttpCalls.newClient(CONNECT_TIMEOUT));
  }

  public static ActionInvoker create(InvokeSettings settings, HttpClient client) {
    return switch (settings.mode()) {
      case REST -> new OpenWhiskRestInvoker(client, settings.apiHost().orElseThrow(), settings.auth().orElseThrow(),
          settings.namespace(), settings.action());
      case WEB -> new UrlActionInvoker(client, settings.effectiveUrl(), false, settings.auth());
      case API_GATEWAY -> new UrlActionInvoker(client, settings.effectiveUrl(), true, java.util.Optional.empty());
      case DIRECT -> new DirectActionInvoker(client, settings.effectiveUrl(), settings.namespace(), settings.action());
    };
  }

  /** A client suited to the invokers: HTTP/1.1, no redirects, 5 s to connect. */
  public static HttpClient newHttpClient() {
    return HttpCalls.newClient(CONNECT_TIMEOUT);
  }
}

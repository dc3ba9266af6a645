package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the controller answers a method its routes do not take, as Pekko resolves its method rejections
 * under {@code controller/RestAPIs.scala} {@code routes}. Every {@code /api/v1} request also tries the web
 * routes, whose {@code allowedOperations} ({@code WebActions.scala}: GET, DELETE, POST, PUT, HEAD, OPTIONS,
 * PATCH) come before their path: for one of those methods the passing method directive cancels every
 * {@code MethodRejection} (Pekko {@code MethodDirectives.method}'s {@code cancelRejections}, applied to all
 * rejections by {@code handleRejections}), so a PATCH on an action or a POST on {@code /namespaces} is not
 * 405 but Pekko's not-found (404 {@code The requested resource could not be found.}). Only another method
 * (TRACE, CONNECT, an unknown token) is 405: Pekko's default handler takes method rejections before
 * authentication ones, so it is 405 with or without credentials, {@code HTTP method not allowed, supported
 * methods: …} naming each method a route tried, in route order (the REST route's, then the web routes'),
 * with the same list as {@code Allow}, wrapped as {@code {"error","code"}} by {@code BasicHttpService}.
 */
final class MethodRejections {
  /** {@code WebActions.scala} {@code allowedOperations}, in its order. */
  static final List<String> WEB_METHODS = List.of("GET", "DELETE", "POST", "PUT", "HEAD", "OPTIONS", "PATCH");

  private MethodRejections() {}

  /** Whether some {@code /api/v1} route takes {@code method} (else it is 405 wherever it is sent). */
  static boolean routed(String method) {
    return WEB_METHODS.contains(method);
  }

  /**
   * The methods the REST route for {@code rest} (the path after {@code /api/v1}) tries before the web routes:
   * {@code GET} for the info, the namespaces and a collection ({@code collectionOps}), and for an action
   * the entity operations ({@code entityOps}: PUT, GET, DELETE, POST) or for an activation GET.
   */
  static List<String> restMethods(String rest) {
    String[] parts = rest.replaceFirst("^/", "").split("/", -1);
    if (rest.isEmpty() || rest.equals("/") || rest.equals("/namespaces") || rest.equals("/namespaces/")) {
      return List.of("GET");
    }
    if (!parts[0].equals("namespaces") || parts.length < 3) {
      return List.of();
    }
    boolean entity = parts.length > 3 && !parts[3].isEmpty();
    return switch (parts[2]) {
      case "actions" -> entity ? List.of("PUT", "GET", "DELETE", "POST") : List.of("GET");
      case "activations" -> List.of("GET");
      default -> List.of();
    };
  }

  /** 405 with Pekko's text and {@code Allow} header, the REST route's methods first. */
  static void refuse(HttpExchange exchange, List<String> restMethods) throws IOException {
    Set<String> supported = new LinkedHashSet<>(restMethods);
    supported.addAll(WEB_METHODS);
    String names = String.join(", ", supported);
    exchange.getResponseHeaders().set("Allow", names);
    StandInJson.send(exchange, 405, StandInJson.error("HTTP method not allowed, supported methods: " + names));
  }
}

package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.protocol.ActionLimits;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates or updates the action through the OpenWhisk REST API, no {@code wsk} needed:
 * {@code PUT {apihost}/api/v1/namespaces/{ns}/actions/{name}?overwrite=true} with
 * {@code {"exec":{"kind":"blackbox","image":…},"annotations":[{"key":"web-export","value":…}],
 * "limits":{"timeout":ms,"memory":MB}}}.
 */
public final class ActionDeployer {
  /**
   * What to deploy. {@code memoryMb} and {@code timeout} follow OpenWhisk's defaults (256 MB, 60 s) when null;
   * given, they must lie in {@link ActionLimits}' ranges, so a refused value fails here, before any request.
   */
  public record Request(String image, boolean webExport, Integer memoryMb, Duration timeout) {
    public Request {
      Objects.requireNonNull(image, "image");
      if (memoryMb != null) {
        ActionLimits.checkMemoryMb(memoryMb);
      }
      if (timeout != null) {
        ActionLimits.checkTimeout(timeout);
      }
    }
  }

  /** The action as OpenWhisk stored it, and the URLs to call it by. */
  public record Deployed(String namespace, String name, String version, String image, boolean webExport,
      URI invokeUrl, Optional<URI> webActionUrl) {}

  private final HttpClient client;
  private final URI apiHost;
  private final String authorization;
  private final String namespace;

  public ActionDeployer(HttpClient client, URI apiHost, String auth, String namespace) {
    this.client = Objects.requireNonNull(client, "client");
    this.apiHost = Objects.requireNonNull(apiHost, "apiHost");
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(Objects.requireNonNull(auth, "auth").getBytes(StandardCharsets.UTF_8));
    this.namespace = namespace == null || namespace.isBlank() ? "_" : namespace;
  }

  /**
   * A warning for images OpenWhisk pulls again on every container start (no tag, or {@code latest}),
   * which makes every cold start slower and the deployed code unpredictable.
   */
  public static Optional<String> imageWarning(String image) {
    String afterSlash = image.substring(image.lastIndexOf('/') + 1);
    if (image.contains("@sha256:")) {
      return Optional.empty();
    }
    if (!afterSlash.contains(":")) {
      return Optional.of("The image '" + image + "' has no tag: OpenWhisk treats it as ':latest' and pulls it on every "
          + "container start. Deploy a version tag, e.g. '" + image + ":1.0'.");
    }
    if (afterSlash.endsWith(":latest")) {
      return Optional.of("The image '" + image + "' uses the 'latest' tag: OpenWhisk pulls it on every container start. "
          + "Deploy a version tag instead.");
    }
    return Optional.empty();
  }

  public Deployed deploy(String name, Request request) throws InvokeException, InterruptedException {
    ObjectNode body = ActionAnswers.JSON.createObjectNode();
    body.putObject("exec").put("kind", "blackbox").put("image", request.image());
    body.putArray("annotations").addObject().put("key", "web-export").put("value", request.webExport());
    ObjectNode limits = body.putObject("limits");
    if (request.memoryMb() != null) {
      limits.put("memory", request.memoryMb());
    }
    if (request.timeout() != null) {
      limits.put("timeout", request.timeout().toMillis());
    }
    URI uri = URI.create(apiHost + "/api/v1/namespaces/" + enc(namespace) + "/actions/" + path(name) + "?overwrite=true");
    HttpRequest put = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization).header("Content-Type", "application/json").header("Accept", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<String> response = HttpCalls.send(client, put, System.nanoTime() + Duration.ofSeconds(30).toNanos(), "OpenWhisk");
    if (response.statusCode() != 200) {
      if (response.statusCode() == 400) {
        throw new InvokeException(FailureKind.CONFIGURATION, 400, "OpenWhisk refused the action: "
            + OpenWhiskErrors.errorText(response) + ".", "Check the image name and the limits (memory, timeout).", null);
      }
      throw OpenWhiskErrors.of(response, "/" + namespace + "/" + name);
    }
    JsonNode action = ActionAnswers.parse(response.body(), 200, "OpenWhisk");
    String ns = action.path("namespace").asString(namespace);
    URI invoke = URI.create(apiHost + "/api/v1/namespaces/" + enc(ns) + "/actions/" + path(name));
    Optional<URI> web = request.webExport() ? Optional.of(URI.create(apiHost + "/api/v1/web/" + enc(ns) + "/"
        + (name.contains("/") ? path(name) : "default/" + enc(name)) + ".json")) : Optional.empty();
    return new Deployed(ns, action.path("name").asString(name), action.path("version").asString(""),
        action.path("exec").path("image").asString(request.image()), request.webExport(), invoke, web);
  }

  private static String path(String name) {
    StringBuilder s = new StringBuilder();
    for (String part : name.split("/")) {
      if (!part.isEmpty()) {
        s.append(s.isEmpty() ? "" : "/").append(enc(part));
      }
    }
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "ActionDeployer[" + Redaction.url(apiHost) + ", namespace " + namespace + "]";
  }
}

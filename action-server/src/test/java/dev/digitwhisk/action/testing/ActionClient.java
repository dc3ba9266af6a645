package dev.digitwhisk.action.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Talks to an action server the way the invoker does: POST JSON, read status and JSON body. */
public final class ActionClient implements AutoCloseable {
  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** One answer: the HTTP status and the parsed body (null if it was not JSON). */
  public record Answer(int status, String text, JsonNode json) {
    public int code() {
      return json == null ? -999 : json.path("code").asInt(-999);
    }

    public int res() {
      return json == null ? -999 : json.path("res").asInt(-999);
    }

    public String error() {
      if (json == null) {
        return null;
      }
      JsonNode error = json.path("error");
      // The action's failures hold the message inside the error object; OpenWhisk-style errors are a string.
      JsonNode text = error.isObject() ? error.path("message") : error;
      return text.isString() ? text.stringValue() : null;
    }
  }

  private final URI base;
  private final HttpClient client;

  public ActionClient(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  }

  public Answer post(String path, String body) throws IOException, InterruptedException {
    return post(path, body.getBytes(StandardCharsets.UTF_8));
  }

  public Answer post(String path, byte[] body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json;
    try {
      json = JSON.readTree(response.body());
    } catch (RuntimeException e) {
      json = null;
    }
    return new Answer(response.statusCode(), response.body(), json);
  }

  public Answer run(JsonNode value) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.set("value", value);
    return post("/run", JSON.writeValueAsString(body));
  }

  public Answer runUrl(String url) throws IOException, InterruptedException {
    return run(JSON.createObjectNode().put("url", url));
  }

  @Override
  public void close() {
    client.close();
  }
}

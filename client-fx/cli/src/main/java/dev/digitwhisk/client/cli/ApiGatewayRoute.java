package dev.digitwhisk.client.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.protocol.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the original recipe's API gateway did for the sandbox: {@code POST {"url":…}} on a loopback route is
 * passed to the action's {@code /run} as {@code {"value":{"url":…}}}, and the action's answer comes
 * back as it is, so {@code mnist_demo.py --mnist_api=…} and {@code --api-gateway-url} work against
 * the local sandbox unchanged.
 */
final class ApiGatewayRoute implements AutoCloseable {
  static final String PATH = "/api/digitwhisk/mnist";
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final URI run;

  private ApiGatewayRoute(URI action) throws IOException {
    this.run = action.resolve("/run");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::forward);
    server.start();
  }

  static ApiGatewayRoute start(URI action) throws IOException {
    return new ApiGatewayRoute(action);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        reply(exchange, 405, "{\"error\":\"POST {\\\"url\\\":…} to this route\"}");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(Limits.PARAMETER_BYTES + 1);
      }
      if (body.length > Limits.PARAMETER_BYTES) {
        reply(exchange, 413, "{\"error\":\"the request body is over 1 MB\"}");
        return;
      }
      JsonNode params;
      try {
        params = json.readTree(body);
      } catch (RuntimeException e) {
        reply(exchange, 400, "{\"error\":\"the body is not JSON\"}");
        return;
      }
      ObjectNode invocation = json.createObjectNode();
      invocation.set("value", params);
      HttpRequest request = HttpRequest.newBuilder(run)
          .timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(invocation)))
          .build();
      HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      reply(exchange, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    client.close();
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/** Raw HTTP calls to a stand-in, as a test sends them to see the controller's exact answer. */
final class StandInCalls {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private StandInCalls() {}

  /** {@code method path} with a JSON {@code body} (may be null), Basic {@code auth} (null: none) and {@code headers} (name, value, …; one given replaces the JSON content type). */
  static HttpResponse<String> call(OpenWhiskStandIn standIn, String method, String path, String body, String auth,
      String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(standIn.apiHost() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    if (auth != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) {
    return StandInJson.MAPPER.readTree(r.body());
  }

  /** {@code GET …/activations/{id}} until the record is stored (404 before), at most 30 s; the last answer. */
  static HttpResponse<String> awaitRecord(OpenWhiskStandIn standIn, String id) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    HttpResponse<String> record;
    do {
      Thread.sleep(50);
      record = call(standIn, "GET", "/api/v1/namespaces/_/activations/" + id, null, standIn.auth());
    } while (record.statusCode() == 404 && System.nanoTime() < until);
    return record;
  }
}

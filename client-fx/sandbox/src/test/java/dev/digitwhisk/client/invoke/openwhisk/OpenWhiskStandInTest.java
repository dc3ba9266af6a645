package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The stand-in keeps the controller's contract for the calls the CLI's deploy makes. */
class OpenWhiskStandInTest {
  static OpenWhiskStandIn openwhisk;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    openwhisk = OpenWhiskStandIn.startEmpty("guest");
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
  }

  private static HttpResponse<String> call(String method, String path, String body, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(openwhisk.apiHost() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (auth != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) {
    return StandInJson.MAPPER.readTree(r.body());
  }

  private static final String BLACKBOX = """
      {"exec":{"kind":"blackbox","image":"me/digitwhisk-action:1.0"},
       "annotations":[{"key":"web-export","value":true}],"limits":{"timeout":30000,"memory":256}}
      """;

  @Test
  void put_createThenUpdateWithOverwrite_bumpsVersionAndKeepsAnnotations() throws Exception {
    HttpResponse<String> created = call("PUT", "/api/v1/namespaces/_/actions/deploy-me", BLACKBOX, openwhisk.auth());
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(json(created).path("exec").path("image").asString()).isEqualTo("me/digitwhisk-action:1.0");
    assertThat(json(created).path("limits").path("timeout").asInt()).isEqualTo(30000);

    HttpResponse<String> again = call("PUT", "/api/v1/namespaces/_/actions/deploy-me", BLACKBOX, openwhisk.auth());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("error").asString()).isEqualTo("resource already exists");

    HttpResponse<String> updated = call("PUT", "/api/v1/namespaces/guest/actions/deploy-me?overwrite=true",
        BLACKBOX.replace(":1.0", ":1.1"), openwhisk.auth());
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(json(updated).path("version").asString()).isEqualTo("0.0.1");
    assertThat(openwhisk.action("deploy-me").orElseThrow().path("exec").path("image").asString()).endsWith(":1.1");
    assertThat(openwhisk.action("deploy-me").orElseThrow().path("annotations").toString()).contains("web-export");

    assertThat(call("GET", "/api/v1/namespaces/_/actions/deploy-me", null, openwhisk.auth()).statusCode()).isEqualTo(200);
    assertThat(call("DELETE", "/api/v1/namespaces/_/actions/deploy-me", null, openwhisk.auth()).statusCode()).isEqualTo(200);
    HttpResponse<String> gone = call("GET", "/api/v1/namespaces/_/actions/deploy-me", null, openwhisk.auth());
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(json(gone).path("error").asString()).isEqualTo("The requested resource does not exist.");
    assertThat(json(gone).path("code").asString()).isNotBlank();
  }

  @Test
  void put_nonBlackboxExec_is400() throws Exception {
    HttpResponse<String> r = call("PUT", "/api/v1/namespaces/_/actions/js", "{\"exec\":{\"kind\":\"nodejs:20\",\"code\":\"x\"}}",
        openwhisk.auth());
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void everyNamespacedCall_needsBasicAuth() throws Exception {
    assertThat(call("GET", "/api/v1/namespaces", null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/v1/namespaces", null, "someone:else").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = call("GET", "/api/v1/namespaces", null, openwhisk.auth());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("guest");
    assertThat(call("GET", "/api/v1/namespaces/other/actions", null, openwhisk.auth()).statusCode()).isEqualTo(403);
  }

  @Test
  void nonBlockingInvoke_is202ThenTheRecordAppears() throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/async?overwrite=true", BLACKBOX, openwhisk.auth());
    HttpResponse<String> r = call("POST", "/api/v1/namespaces/_/actions/async", "{\"url\":\"http://127.0.0.1:9/x.png\"}", openwhisk.auth());
    assertThat(r.statusCode()).isEqualTo(202);
    String id = json(r).path("activationId").asString();
    assertThat(r.headers().firstValue("x-openwhisk-activation-id")).contains(id);
    HttpResponse<String> record;
    long until = System.nanoTime() + 30_000_000_000L;
    do {
      Thread.sleep(50);
      record = call("GET", "/api/v1/namespaces/_/activations/" + id, null, openwhisk.auth());
    } while (record.statusCode() == 404 && System.nanoTime() < until);
    assertThat(record.statusCode()).isEqualTo(200);
    JsonNode rec = json(record);
    assertThat(rec.path("response").path("status").asString()).isEqualTo("application error");
    assertThat(rec.path("response").path("result").path("res").asInt()).isEqualTo(-1);
    assertThat(rec.path("annotations").toString()).contains("initTime").contains("waitTime");
  }

  @Test
  void blockingResultTrue_answersOnlyTheResultWithTheIdHeader_andErrorsAre502() throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/sync?overwrite=true", BLACKBOX, openwhisk.auth());
    HttpResponse<String> r = call("POST", "/api/v1/namespaces/_/actions/sync?blocking=true&result=true",
        "{\"url\":\"http://127.0.0.1:9/x.png\"}", openwhisk.auth());
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.headers().firstValue("x-openwhisk-activation-id")).isPresent();
    JsonNode body = json(r);
    assertThat(body.has("activationId")).isFalse();
    assertThat(body.path("res").asInt()).isEqualTo(-1);
    assertThat(body.path("error").asString()).isNotBlank();

    HttpResponse<String> record = call("POST", "/api/v1/namespaces/_/actions/sync?blocking=true",
        "{\"url\":\"http://127.0.0.1:9/x.png\"}", openwhisk.auth());
    assertThat(record.statusCode()).isEqualTo(502);
    assertThat(json(record).path("response").path("success").asBoolean(true)).isFalse();
    assertThat(json(record).path("annotations").toString()).doesNotContain("initTime");
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.testing.CannedServer;
import dev.digitwhisk.client.testing.TestImages;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Rows from apache/openwhisk's {@code tests/src/test/scala/org/apache/openwhisk/core/controller/test/WebActionsApiTests.scala}
 * (each names its case) and the controller's error texts ({@code common/scala/.../http/ErrorResponse.scala},
 * Pekko's rejection texts that {@code BasicHttpService} wraps), against the stand-in with the real action behind it.
 */
class OpenWhiskWebActionRowsTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.answersOnly();

  static OpenWhiskStandIn openwhisk;
  static CannedServer images;
  static CannedServer missing;

  @BeforeAll
  static void start() throws Exception {
    // The image is served on the host's loopback: the containers share its network.
    openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork());
    openwhisk.deploy("private", "digitwhisk/action:1.0", false, 60_000);
    openwhisk.deploy("brief", "digitwhisk/action:1.0", true, 100);
    images = CannedServer.answering(200, TestImages.drawnSeven("png"));
    missing = CannedServer.answering(404, "{}".getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() throws Exception {
    images.close();
    missing.close();
    openwhisk.close();
  }

  /** One row: the upstream case, the request, and the status and error text (null: not an error) it gets. */
  record Row(String upstream, String method, String path, String body, int status, String error) {
    @Override
    public String toString() {
      return upstream + ": " + method + " " + path;
    }
  }

  private static final String NOT_FOUND = "The requested resource does not exist.";

  static Stream<Row> rows() {
    String reserved = "Request defines parameters that are not allowed (e.g., reserved properties).";
    return Stream.of(
        new Row("not match invalid routes", "POST", "/api/v1/web/a", "{}", 404, "The requested resource could not be found."),
        new Row("not match invalid routes", "GET", "/api/v1/web/a/b", null, 404, "The requested resource could not be found."),
        new Row("reject requests when Identity, package or action lookup fail or missing annotation (identity)",
            "POST", "/api/v1/web/nobody/default/mnist.json", "{}", 404, NOT_FOUND),
        new Row("reject requests when Identity, package or action lookup fail or missing annotation (package)",
            "POST", "/api/v1/web/guest/doesnotexist/mnist.json", "{}", 404, NOT_FOUND),
        new Row("reject requests when Identity, package or action lookup fail or missing annotation (annotation)",
            "POST", "/api/v1/web/guest/default/private.json", "{}", 404, NOT_FOUND),
        new Row("reject requests when Identity, package or action lookup fail or missing annotation (action)",
            "POST", "/api/v1/web/guest/default/export_fail.json", "{}", 404, NOT_FOUND),
        new Row("reject requests when Identity, package or action lookup fail or missing annotation (no extension)",
            "POST", "/api/v1/web/guest/default/private", "{}", 404, NOT_FOUND),
        new Row("reject unknown extensions", "POST", "/api/v1/web/guest/default/mnist.xyz", "{}", 404, NOT_FOUND),
        new Row("reject unknown extensions", "POST", "/api/v1/web/guest/default/mnist.xyz/", "{}", 404, NOT_FOUND),
        new Row("reject unknown extensions", "POST", "/api/v1/web/guest/default/mnist.xyzz/content", "{}", 404, NOT_FOUND),
        new Row("reject request that tries to override reserved properties", "POST",
            "/api/v1/web/guest/default/mnist.json", "{\"__ow_method\":\"put\"}", 400, reserved),
        new Row("reject request that tries to override reserved properties", "POST",
            "/api/v1/web/guest/default/mnist.json?__ow_path=/x", "{}", 400, reserved),
        new Row("reject requests when entity size exceeds allowed system limit", "POST",
            "/api/v1/web/guest/default/mnist.json", "{\"a\":\"" + "a".repeat((1 << 20) + 1) + "\"}", 413,
            "Request larger than allowed: " + ((1 << 20) + 9) + " > 1048576 bytes."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) throws Exception {
    HttpResponse<String> answer = StandInCalls.call(openwhisk, row.method(), row.path(), row.body(), null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(row.status());
    assertThat(StandInCalls.json(answer).path("error").asString()).isEqualTo(row.error());
    assertThat(StandInCalls.json(answer).path("code").asString()).as("the transaction id").isNotEmpty();
  }

  @Test
  void invokeActionInDefaultPackage_json_answersTheResultWithTheActivationId() throws Exception {
    HttpResponse<String> answer = web("mnist.json", "{\"url\":\"" + image() + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(StandInCalls.json(answer).path("res").asInt(-1)).isBetween(0, 9);
    assertThat(answer.headers().firstValue("x-openwhisk-activation-id")).get().asString().hasSize(32);
  }

  @Test
  void applicationError_json_passesTheActionsErrorObject_http_takesItsStatusCodeAndBody() throws Exception {
    String gone = "{\"url\":\"" + missing.uri("/missing.png") + "\"}";
    // "handle an activation that results in application error": the error value is projected; this
    // action's web failure is an object, so .json passes it as 200, and .http answers it as HTTP.
    HttpResponse<String> json = web("mnist.json", gone);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(StandInCalls.json(json).path("statusCode").asInt()).isEqualTo(404);
    assertThat(StandInCalls.json(json).path("body").path("error").path("code").asInt()).isEqualTo(404);

    HttpResponse<String> http = web("mnist.http", gone);
    assertThat(http.statusCode()).isEqualTo(404);
    assertThat(http.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(StandInCalls.json(http).path("error").path("message").asString()).contains("missing.png");

    HttpResponse<String> noExtension = web("mnist", gone);
    assertThat(noExtension.statusCode()).as("a name with no extension is .http").isEqualTo(404);
  }

  @Test
  void corsHeaders_onEveryAnswer_andOptionsIsAnsweredWithoutRunningTheAction() throws Exception {
    // "invoke action and respond with default options headers".
    int runs = openwhisk.runCalls();
    HttpResponse<String> options = StandInCalls.call(openwhisk, "OPTIONS", "/api/v1/web/guest/default/mnist.json", null, null,
        "Access-Control-Request-Headers", "x-custom");
    assertThat(options.statusCode()).isEqualTo(200);
    assertThat(options.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(options.headers().firstValue("Access-Control-Allow-Methods")).contains("OPTIONS, GET, DELETE, POST, PUT, HEAD, PATCH");
    assertThat(options.headers().firstValue("Access-Control-Allow-Headers")).contains("x-custom");
    assertThat(openwhisk.runCalls()).isEqualTo(runs);

    HttpResponse<String> post = web("mnist.json", "{\"url\":\"" + image() + "\"}");
    assertThat(post.headers().firstValue("Access-Control-Allow-Headers"))
        .contains("Authorization, Origin, X-Requested-With, Content-Type, Accept, User-Agent");
  }

  @Test
  void successWithoutBody_http_isNoContent() throws Exception {
    // WebActions.scala resultAsHttp: a result with no body and no statusCode is 204.
    HttpResponse<String> answer = web("mnist.http", "{\"url\":\"" + image() + "\"}");
    assertThat(answer.statusCode()).isEqualTo(204);
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void developerError_isErrorProcessingRequest() throws Exception {
    // "handle an activation that results in developer or system error": here an action past its 100 ms limit.
    openwhisk.runDelay(Duration.ofMillis(300));
    try {
      for (String name : new String[] {"brief.json", "brief.text"}) {
        HttpResponse<String> answer = web(name, "{\"url\":\"" + image() + "\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(StandInCalls.json(answer).path("error").asString()).isEqualTo("There was an error processing your request.");
      }
    } finally {
      openwhisk.runDelay(Duration.ZERO);
    }
  }

  @Test
  void requireWhiskAuth_wantsTheSecretHeaderOrTheCallersKey() throws Exception {
    // "reject requests when x-authentication is required but none given" and
    // "reject requests when whisk authentication is required but none given".
    String unauthorized = "Authentication is possible but has failed or not yet been provided.";
    for (String value : new String[] {"\"s3cret\"", "true"}) {
      HttpResponse<String> put = StandInCalls.call(openwhisk, "PUT", "/api/v1/namespaces/_/actions/guarded?overwrite=true",
          "{\"exec\":{\"kind\":\"blackbox\",\"image\":\"digitwhisk/action:1.0\"},\"annotations\":[{\"key\":\"web-export\","
              + "\"value\":true},{\"key\":\"require-whisk-auth\",\"value\":" + value + "}]}", openwhisk.auth());
      assertThat(put.statusCode()).isEqualTo(200);
      HttpResponse<String> none = web("guarded.json", "{\"url\":\"" + image() + "\"}");
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(StandInCalls.json(none).path("error").asString()).isEqualTo(unauthorized);
      assertThat(none.headers().firstValue("WWW-Authenticate")).isEmpty();
    }
    HttpResponse<String> withKey = StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/guarded.json",
        "{\"url\":\"" + image() + "\"}", openwhisk.auth());
    assertThat(withKey.statusCode()).as("true: the caller's own key lets it in").isEqualTo(200);

    StandInCalls.call(openwhisk, "PUT", "/api/v1/namespaces/_/actions/guarded?overwrite=true",
        "{\"annotations\":[{\"key\":\"require-whisk-auth\",\"value\":\"s3cret\"}]}", openwhisk.auth());
    HttpResponse<String> wrong = StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/guarded.json",
        "{\"url\":\"" + image() + "\"}", null, "X-Require-Whisk-Auth", "guess");
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> secret = StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/guarded.json",
        "{\"url\":\"" + image() + "\"}", null, "X-Require-Whisk-Auth", "s3cret");
    assertThat(secret.statusCode()).as(secret.body()).isEqualTo(200);
    assertThat(StandInCalls.json(secret).path("res").asInt(-1)).isBetween(0, 9);
  }

  /** The controller's REST error texts: status, text, and the 401 challenge. */
  record Refusal(String source, String path, String auth, int status, String error) {
    @Override
    public String toString() {
      return source + ": " + status;
    }
  }

  static Stream<Refusal> refusals() {
    String wrongKey = "7b1e4c43-0b35-4c1a-bc8a-2f2c1a8a1a11:not-the-key";
    return Stream.of(
        new Refusal("Pekko CredentialsMissing", "/api/v1/namespaces/_/actions/mnist", null, 401,
            "The resource requires authentication, which was not supplied with the request"),
        new Refusal("Pekko CredentialsRejected", "/api/v1/namespaces/_/actions/mnist", wrongKey, 401,
            "The supplied authentication is invalid"),
        new Refusal("Messages.notAuthorizedtoAccessResource", "/api/v1/namespaces/other/actions/mnist", "", 403,
            "The supplied authentication is not authorized to access 'other/mnist'."),
        new Refusal("Messages.resourceDoesNotExist", "/api/v1/namespaces/_/actions/nope", "", 404, NOT_FOUND));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void restRefusal(Refusal refusal) throws Exception {
    String auth = refusal.auth() == null ? null : refusal.auth().isEmpty() ? openwhisk.auth() : refusal.auth();
    HttpResponse<String> answer = StandInCalls.call(openwhisk, "GET", refusal.path(), null, auth);
    assertThat(answer.statusCode()).isEqualTo(refusal.status());
    assertThat(StandInCalls.json(answer).path("error").asString()).isEqualTo(refusal.error());
    if (refusal.status() == 401) {
      assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"OpenWhisk secure realm\",charset=UTF-8");
    }
  }

  @Test
  void apiInfo_isRestApiVersionInfoWithStandalonesBuild() throws Exception {
    HttpResponse<String> answer = StandInCalls.call(openwhisk, "GET", "/api/v1", null, null);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(StandInCalls.json(answer)).isEqualTo(StandInJson.MAPPER.readTree("""
        {"description":"OpenWhisk API","api_version":"1.0.0","api_version_path":"v1","build":"???","buildno":"standalone",
         "swagger_paths":{"ui":"/docs","api-docs":"/api-docs"}}"""));
  }

  private static String image() {
    return images.uri("/seven.png").toString();
  }

  private static HttpResponse<String> web(String action, String body) throws Exception {
    return StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/" + action, body, null);
  }

  /**
   * "pass the unmatched segment to the action": the path after the action's name (and extension) reaches the
   * action as {@code __ow_path}, for {@code .json} as for {@code .http}; {@code .json} answers the whole result
   * (the path projects nothing); no path is an empty {@code __ow_path}.
   */
  @Test
  void unmatchedPath_reachesTheActionAsOwPath_json_answersTheWholeResult() throws Exception {
    String body = "{\"url\":\"" + image() + "\"}";

    HttpResponse<String> json = web("mnist.json/content/more", body);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(openwhisk.lastRunValue().path("__ow_path").asString()).isEqualTo("/content/more");
    assertThat(StandInCalls.json(json).path("res").asInt(-1)).as("the whole result").isBetween(0, 9);

    web("mnist.http/a", body);
    assertThat(openwhisk.lastRunValue().path("__ow_path").asString()).isEqualTo("/a");
    assertThat(openwhisk.lastRunValue().path("__ow_method").asString()).isEqualTo("post");

    web("mnist.json", body);
    assertThat(openwhisk.lastRunValue().path("__ow_path").isString()).isTrue();
    assertThat(openwhisk.lastRunValue().path("__ow_path").asString()).isEmpty();
  }

  /**
   * "invoke raw action with post and verify json body" and the unmatched segment: an action annotated
   * {@code raw-http} gets the query string as {@code __ow_query} and the body as {@code __ow_body} (a JSON body
   * base64-encoded, as upstream keeps for legacy; text as it is), nothing merged, and the path as {@code __ow_path}.
   */
  @Test
  void rawHttp_boxesQueryAndBody_andPassesThePath() throws Exception {
    openwhisk.deploy("raw", "digitwhisk/action:1.0", true, 60_000);
    openwhisk.annotate("raw", "raw-http", true);
    String body = "{\"url\":\"" + image() + "\"}";

    web("raw.http/x/y?a=1&__ow_path=ignored", body);

    JsonNode given = openwhisk.lastRunValue();
    assertThat(given.path("__ow_path").asString()).isEqualTo("/x/y");
    assertThat(given.path("__ow_query").asString()).isEqualTo("a=1&__ow_path=ignored");
    assertThat(given.path("__ow_body").asString())
        .isEqualTo(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(given.has("url")).as("nothing merged").isFalse();
    assertThat(given.has("a")).isFalse();

    StandInCalls.call(openwhisk, "POST", "/api/v1/web/guest/default/raw.http", "seven please", null, "Content-Type", "text/plain");
    assertThat(openwhisk.lastRunValue().path("__ow_body").asString()).isEqualTo("seven please");
    assertThat(openwhisk.lastRunValue().path("__ow_query").asString()).isEmpty();
  }

  /**
   * "invoke action that times out and provide a code": a web action waits {@code max-wait-for-blocking-activation}
   * (60 s; no {@code ?timeout=}), then answers 202 {@code Response not yet ready.} with the transaction's code and
   * the activation id in its header; the activation goes on and its record is stored under that id.
   */
  @Test
  void webActionOutlivesTheControllersWait_is202ResponseNotYetReady_thenTheRecord() throws Exception {
    try (OpenWhiskStandIn shortWait = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork()
        .withMaxWait(Duration.ofMillis(200)))) {
      shortWait.runDelay(Duration.ofSeconds(1));

      HttpResponse<String> answer = StandInCalls.call(shortWait, "POST", "/api/v1/web/guest/default/mnist.json?timeout=5000",
          "{\"url\":\"" + image() + "\"}", null);

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
      assertThat(StandInCalls.json(answer).path("error").asString()).isEqualTo("Response not yet ready.");
      assertThat(StandInCalls.json(answer).path("code").asString()).isNotEmpty();
      String id = answer.headers().firstValue("x-openwhisk-activation-id").orElseThrow();
      HttpResponse<String> record = StandInCalls.awaitRecord(shortWait, id);
      assertThat(record.statusCode()).isEqualTo(200);
      assertThat(StandInCalls.json(record).path("response").path("status").asString()).isEqualTo("success");
    }
  }
}

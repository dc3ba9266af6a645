package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The stand-in keeps the controller's contract for the calls the CLI's deploy makes. */
class OpenWhiskStandInTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.answersOnly();

  static OpenWhiskStandIn openwhisk;

  @BeforeAll
  static void start() throws Exception {
    openwhisk = OpenWhiskStandIn.startEmpty("guest");
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
  }

  private static HttpResponse<String> call(String method, String path, String body, String auth) throws Exception {
    return StandInCalls.call(openwhisk, method, path, body, auth);
  }

  /** Creates (or replaces) {@code name} and invokes it with an image URL nothing answers at (an application error). */
  private static HttpResponse<String> deployAndInvoke(String name, String query) throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/" + name + "?overwrite=true", BLACKBOX, openwhisk.auth());
    return call("POST", "/api/v1/namespaces/_/actions/" + name + query, "{\"url\":\"http://127.0.0.1:9/x.png\"}",
        openwhisk.auth());
  }

  private static JsonNode json(HttpResponse<String> r) {
    return StandInCalls.json(r);
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
    assertThat(json(created).path("version").asString()).isEqualTo("0.0.1");
    assertThat(annotation(json(created), "provide-api-key")).isEqualTo("false");
    assertThat(annotation(json(created), "exec")).isEqualTo("\"blackbox\"");

    HttpResponse<String> again = call("PUT", "/api/v1/namespaces/_/actions/deploy-me", BLACKBOX, openwhisk.auth());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("error").asString()).isEqualTo("resource already exists");

    HttpResponse<String> updated = call("PUT", "/api/v1/namespaces/guest/actions/deploy-me?overwrite=true",
        BLACKBOX.replace(":1.0", ":1.1"), openwhisk.auth());
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(json(updated).path("version").asString()).isEqualTo("0.0.2");
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
  void put_update_mergesAnnotationsByKeyAndResetsExec() throws Exception {
    String create = """
        {"exec":{"kind":"blackbox","image":"me/a:1"},"annotations":[{"key":"web-export","value":true},
         {"key":"owner","value":"ann"},{"key":"provide-api-key","value":true}]}""";
    assertThat(call("PUT", "/api/v1/namespaces/_/actions/merge-me", create, openwhisk.auth()).statusCode()).isEqualTo(200);
    String update = """
        {"annotations":[{"key":"owner","value":"bob"},{"key":"exec","value":"nodejs"},{"key":"team","value":"ml"}]}""";

    HttpResponse<String> updated = call("PUT", "/api/v1/namespaces/_/actions/merge-me?overwrite=true", update, openwhisk.auth());

    assertThat(updated.statusCode()).isEqualTo(200);
    JsonNode action = json(updated);
    assertThat(annotation(action, "web-export")).isEqualTo("true");
    assertThat(annotation(action, "owner")).isEqualTo("\"bob\"");
    assertThat(annotation(action, "team")).isEqualTo("\"ml\"");
    assertThat(annotation(action, "provide-api-key")).isEqualTo("true");
    assertThat(annotation(action, "exec")).isEqualTo("\"blackbox\"");
    assertThat(action.path("exec").path("image").asString()).isEqualTo("me/a:1");
    assertThat(action.path("version").asString()).isEqualTo("0.0.2");
    call("DELETE", "/api/v1/namespaces/_/actions/merge-me", null, openwhisk.auth());
  }

  /** The value of one annotation as JSON text, or null when the action has none by that key. */
  private static String annotation(JsonNode action, String key) {
    for (JsonNode a : action.path("annotations")) {
      if (key.equals(a.path("key").asString(""))) {
        return a.path("value").toString();
      }
    }
    return null;
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
    HttpResponse<String> r = deployAndInvoke("async", "");
    assertThat(r.statusCode()).isEqualTo(202);
    String id = json(r).path("activationId").asString();
    assertThat(r.headers().firstValue("x-openwhisk-activation-id")).contains(id);
    HttpResponse<String> record = StandInCalls.awaitRecord(openwhisk, id);
    assertThat(record.statusCode()).isEqualTo(200);
    JsonNode rec = json(record);
    assertThat(rec.path("response").path("status").asString()).isEqualTo("application error");
    // Only {"error": …} is kept of an application error; the action put its code and res inside it.
    assertThat(rec.path("response").path("result").propertyNames()).containsExactly("error");
    assertThat(rec.path("response").path("result").path("error").path("res").asInt()).isEqualTo(-1);
    assertThat(rec.path("annotations").toString()).contains("initTime").contains("waitTime");
  }

  @Test
  void storedRecord_carriesTheActionsStdoutUpToTheSentinel_theBlockingAnswerNoLogs() throws Exception {
    HttpResponse<String> r = deployAndInvoke("logged", "?blocking=true");
    assertThat(r.statusCode()).isEqualTo(502);
    String id = json(r).path("activationId").asString();
    assertThat(json(r).path("logs").isEmpty()).as("the result ack carries no logs").isTrue();
    HttpResponse<String> record = StandInCalls.awaitRecord(openwhisk, id);
    List<String> logs = new ArrayList<>();
    json(record).path("logs").forEach(line -> logs.add(line.asString()));
    // docker logs --timestamps: the time, a space, the line; stdout only, up to the sentinel.
    assertThat(logs).isNotEmpty().allSatisfy(line -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z .*")
        .doesNotContain("XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX"));
    assertThat(logs).anySatisfy(line -> assertThat(line).contains("activation=" + id).contains("code=502"));
  }

  @Test
  void developerError_destroysTheContainer_theNextActivationIsCold() throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/brief?overwrite=true", BLACKBOX.replace("30000", "100"), openwhisk.auth());
    String invoke = "/api/v1/namespaces/_/actions/brief?blocking=true";
    String body = "{\"url\":\"http://127.0.0.1:9/x.png\"}";
    assertThat(annotation(invokeSettled(invoke, body), "initTime")).as("the first is cold").isNotNull();
    assertThat(annotation(invokeSettled(invoke, body), "initTime")).as("after an application error: warm").isNull();
    openwhisk.runDelay(Duration.ofMillis(300));
    try {
      JsonNode timedOut = invokeSettled(invoke, body);
      assertThat(timedOut.path("response").path("status").asString()).isEqualTo("action developer error");
    } finally {
      openwhisk.runDelay(Duration.ZERO);
    }
    assertThat(annotation(invokeSettled(invoke, body), "initTime")).as("after a developer error: cold").isNotNull();
  }

  /**
   * A blocking invoke whose container is settled before the next one: the invoker frees (or destroys)
   * it only after collecting the logs, which is after the answer, so an invoke sent at once may
   * meet it busy and start a cold one beside it.
   */
  private static JsonNode invokeSettled(String invoke, String body) throws Exception {
    JsonNode answer = json(call("POST", invoke, body, openwhisk.auth()));
    openwhisk.awaitStored(answer.path("activationId").asString());
    return answer;
  }

  @Test
  void blockingResultTrue_answersOnlyTheResultWithTheIdHeader_andErrorsAre502() throws Exception {
    HttpResponse<String> r = deployAndInvoke("sync", "?blocking=true&result=true");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.headers().firstValue("x-openwhisk-activation-id")).isPresent();
    openwhisk.awaitStored(r.headers().firstValue("x-openwhisk-activation-id").orElseThrow());
    JsonNode body = json(r);
    assertThat(body.has("activationId")).isFalse();
    assertThat(body.propertyNames()).containsExactly("error");
    assertThat(body.path("error").path("res").asInt()).isEqualTo(-1);
    assertThat(body.path("error").path("message").asString()).isNotBlank();

    HttpResponse<String> record = call("POST", "/api/v1/namespaces/_/actions/sync?blocking=true",
        "{\"url\":\"http://127.0.0.1:9/x.png\"}", openwhisk.auth());
    assertThat(record.statusCode()).isEqualTo(502);
    assertThat(json(record).path("response").path("success").asBoolean(true)).isFalse();
    assertThat(json(record).path("annotations").toString()).doesNotContain("initTime");
  }

  /** ActionsApiTests' limit rows and ActionLimitsTests' boundary table: 400 with the controller's own text. */
  @ParameterizedTest(name = "limits {0} → 400 {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"timeout\":60}                        | duration 60 milliseconds below allowed threshold of 100 milliseconds",
      "{\"timeout\":0}                         | duration 0 milliseconds below allowed threshold of 100 milliseconds",
      "{\"timeout\":300001}                    | duration 300001 milliseconds exceeds allowed threshold of 300000 milliseconds",
      "{\"timeout\":3000000}                   | duration 3000000 milliseconds exceeds allowed threshold of 300000 milliseconds",
      "{\"memory\":64}                         | memory size 64 MB below allowed threshold of 128 MB",
      "{\"memory\":0}                          | memory size 0 MB below allowed threshold of 128 MB",
      "{\"memory\":1024}                       | memory size 1024 MB exceeds allowed threshold of 512 MB",
      "{\"logs\":20}                           | log size 20 MB exceeds allowed threshold of 10 MB",
      "{\"concurrency\":0}                     | concurrency 0 below allowed threshold of 1",
      "{\"concurrency\":2147483647}            | concurrency 2147483647 exceeds allowed threshold of 1",
      "{\"timeout\":60,\"memory\":64}          | memory size 64 MB below allowed threshold of 128 MB",
      "{\"timeout\":1.5}                       | The request content was malformed:\\ntime limit must be whole number",
      "{\"memory\":\"256\"}                    | The request content was malformed:\\nmemory limit must be whole number",
  })
  void put_limitsOutOfRange_is400WithTheControllersText(String limits, String message) throws Exception {
    String body = "{\"exec\":{\"kind\":\"blackbox\",\"image\":\"me/img:1\"},\"limits\":" + limits + "}";

    HttpResponse<String> created = call("PUT", "/api/v1/namespaces/_/actions/limited", body, openwhisk.auth());
    call("PUT", "/api/v1/namespaces/_/actions/limited-existing?overwrite=true", BLACKBOX, openwhisk.auth());
    HttpResponse<String> updated = call("PUT", "/api/v1/namespaces/_/actions/limited-existing?overwrite=true",
        "{\"limits\":" + limits + "}", openwhisk.auth());

    for (HttpResponse<String> r : List.of(created, updated)) {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json(r).path("error").asString()).isEqualTo(message.replace("\\n", "\n"));
      assertThat(json(r).path("code").asString()).isNotBlank();
    }
    assertThat(openwhisk.action("limited")).isEmpty();
    assertThat(openwhisk.action("limited-existing").orElseThrow().path("limits").path("timeout").asInt()).isEqualTo(30000);
  }

  @ParameterizedTest(name = "limits {0} are accepted")
  @CsvSource(delimiter = '|', value = {
      "{}",
      "{\"timeout\":100,\"memory\":128,\"logs\":0,\"concurrency\":1}",
      "{\"timeout\":300000,\"memory\":512,\"logs\":10,\"concurrency\":1}",
      "{\"timeout\":100,\"memory\":512}",
      "{\"timeout\":300000,\"memory\":128}",
  })
  void put_limitsAtTheBoundaries_areAccepted(String limits) throws Exception {
    String body = "{\"exec\":{\"kind\":\"blackbox\",\"image\":\"me/img:1\"},\"limits\":" + limits + "}";

    HttpResponse<String> r = call("PUT", "/api/v1/namespaces/_/actions/bounded?overwrite=true", body, openwhisk.auth());

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode given = StandInJson.MAPPER.readTree(limits);
    given.properties().forEach(e -> assertThat(json(r).path("limits").path(e.getKey())).isEqualTo(e.getValue()));
  }

  /** ActionsApiTests "invoke a blocking action, waiting up to specified timeout": 0 and 65000 are refused. */
  @ParameterizedTest(name = "?timeout={0} → 400")
  @ValueSource(strings = {"0", "-5", "60001", "65000", "abc", "1.5", ""})
  void invoke_malformedTimeout_is400WithTheControllersText(String timeout) throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/waiting?overwrite=true", BLACKBOX, openwhisk.auth());

    HttpResponse<String> r = call("POST", "/api/v1/namespaces/_/actions/waiting?blocking=true&timeout=" + timeout,
        "{}", openwhisk.auth());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asString())
        .isEqualTo("The query parameter 'timeout' was malformed:\nTimeout must be number of milliseconds up to 60000.");
  }

  @Test
  void invoke_blockingWithAShortTimeout_is202WithTheIdInHeaderAndBody_thenTheRecord() throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/slow?overwrite=true", BLACKBOX, openwhisk.auth());
    openwhisk.runDelay(java.time.Duration.ofMillis(1_500));
    try {
      HttpResponse<String> r = call("POST", "/api/v1/namespaces/_/actions/slow?blocking=true&timeout=100",
          "{\"url\":\"http://127.0.0.1:9/x.png\"}", openwhisk.auth());

      assertThat(r.statusCode()).isEqualTo(202);
      String id = json(r).path("activationId").asString();
      assertThat(id).hasSize(32);
      assertThat(r.headers().firstValue("x-openwhisk-activation-id")).contains(id);
    } finally {
      openwhisk.runDelay(java.time.Duration.ZERO);
    }
  }

  /**
   * A method no controller route takes is 405 with Pekko's text and {@code Allow}, the REST route's methods first,
   * with or without credentials (method rejections are handled before authentication ones).
   */
  @ParameterizedTest(name = "{0} {1} → 405")
  @CsvSource({
      "TRACE, /api/v1/namespaces/_/actions/listed, 'PUT, GET, DELETE, POST, HEAD, OPTIONS, PATCH'",
      "TRACE, /api/v1/namespaces, 'GET, DELETE, POST, PUT, HEAD, OPTIONS, PATCH'",
      "TRACE, /api/v1/web/guest/default/listed.json, 'GET, DELETE, POST, PUT, HEAD, OPTIONS, PATCH'"})
  void method_noRouteTakes_is405WithPekkosTextAndAllow(String method, String path, String supported) throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/listed?overwrite=true", BLACKBOX, openwhisk.auth());
    for (String auth : new String[] {openwhisk.auth(), null}) {
      HttpResponse<String> r = call(method, path, null, auth);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(405);
      assertThat(json(r).path("error").asString()).isEqualTo("HTTP method not allowed, supported methods: " + supported);
      assertThat(json(r).path("code").asString()).isNotEmpty();
      assertThat(r.headers().firstValue("Allow")).contains(supported);
    }
  }

  /**
   * A web method a REST route does not take (PATCH on an action, POST on the namespaces, PUT on an activation) is
   * not 405: the web routes take it, cancelling the method rejections, so it is Pekko's not-found (401 first
   * without credentials).
   */
  @ParameterizedTest(name = "{0} {1} → 404")
  @CsvSource({
      "PATCH, /api/v1/namespaces/_/actions/listed",
      "POST, /api/v1/namespaces",
      "POST, /api/v1/namespaces/_/actions",
      "PUT, /api/v1/namespaces/_/activations/0123456789abcdef0123456789abcdef"})
  void webMethod_aRestRouteDoesNotTake_isNotFoundNot405(String method, String path) throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/listed?overwrite=true", BLACKBOX, openwhisk.auth());

    HttpResponse<String> r = call(method, path, "{}", openwhisk.auth());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
    assertThat(json(r).path("error").asString()).isEqualTo("The requested resource could not be found.");
    assertThat(call(method, path, "{}", null).statusCode()).isEqualTo(401);
  }

  /**
   * RestAPIs.scala {@code routes}: an {@code OPTIONS} no route completes reaches the last route,
   * {@code options { sendCorsHeaders { complete(OK) } }}, so a browser's preflight is 200 {@code OK} with the REST
   * API's CORS headers on any path, with or without credentials.
   */
  @ParameterizedTest(name = "OPTIONS {0} → 200")
  @CsvSource({
      "/api/v1",
      "/api/v1/namespaces",
      "/api/v1/namespaces/_/actions",
      "/api/v1/namespaces/_/actions/listed",
      "/api/v1/namespaces/_/activations/0123456789abcdef0123456789abcdef",
      "/api/v1/web/guest"})
  void options_isThePreflightsOk_withTheRestApisCorsHeaders(String path) throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/listed?overwrite=true", BLACKBOX, openwhisk.auth());
    for (String auth : new String[] {openwhisk.auth(), null}) {
      HttpResponse<String> r = call("OPTIONS", path, null, auth);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("OK");
      assertRestCors(r);
    }
  }

  /**
   * The REST routes sit inside {@code sendCorsHeaders} (CorsSettings.scala {@code RestAPIs}): what they complete,
   * errors included, carries the headers; a rejection (401, Pekko's not-found) is answered outside them.
   */
  @Test
  void restAnswers_carryTheCorsHeaders_rejectionsDoNot() throws Exception {
    call("PUT", "/api/v1/namespaces/_/actions/listed?overwrite=true", BLACKBOX, openwhisk.auth());

    assertRestCors(call("GET", "/api/v1", null, null));
    assertRestCors(call("GET", "/api/v1/namespaces/_/actions/listed", null, openwhisk.auth()));
    HttpResponse<String> missing = call("GET", "/api/v1/namespaces/_/actions/absent", null, openwhisk.auth());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertRestCors(missing);
    HttpResponse<String> unauthenticated = call("GET", "/api/v1/namespaces/_/actions/listed", null, null);
    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    assertThat(unauthenticated.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> noRoute = call("PATCH", "/api/v1/namespaces/_/actions/listed", "{}", openwhisk.auth());
    assertThat(noRoute.statusCode()).isEqualTo(404);
    assertThat(noRoute.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private static void assertRestCors(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(r.uri().toString()).contains("*");
    assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, DELETE, POST, PUT, HEAD");
    assertThat(r.headers().firstValue("Access-Control-Allow-Headers"))
        .contains("Authorization, Origin, X-Requested-With, Content-Type, Accept, User-Agent");
  }

  /**
   * ActionsApiTests "reject activation with entity which is too big": a body over {@code whisk.activation.payload.max}
   * (1 MiB) is 413 {@code Request larger than allowed: <length> > 1048576 bytes.}, checked before the action is
   * looked up; one at the limit goes on (here to the lookup's 404).
   */
  @Test
  void invoke_bodyOverThePayloadLimit_is413WithTheControllersText_beforeTheLookup() throws Exception {
    String envelope = "{\"pad\":\"\"}";
    String atLimit = "{\"pad\":\"" + "a".repeat((1 << 20) - envelope.length()) + "\"}";
    String over = atLimit.replace("{\"pad\":\"", "{\"pad\":\"a");

    HttpResponse<String> r = call("POST", "/api/v1/namespaces/_/actions/absent?blocking=true", over, openwhisk.auth());

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("error").asString()).isEqualTo("Request larger than allowed: 1048577 > 1048576 bytes.");
    assertThat(json(r).path("code").asString()).isNotEmpty();
    HttpResponse<String> fits = call("POST", "/api/v1/namespaces/_/actions/absent?blocking=true", atLimit, openwhisk.auth());
    assertThat(fits.statusCode()).as("at the limit: on to the lookup").isEqualTo(404);
  }
}

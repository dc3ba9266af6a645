package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.invoke.openwhisk.ContainerPool.Container;
import dev.digitwhisk.client.testing.CannedServer;
import dev.digitwhisk.client.testing.TestImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The container protocol, row by row from OpenWhisk's runtime conformance suites (apache/openwhisk
 * {@code tests/src/test/scala/actionContainers/BasicActionRunnerTests.scala}; apache/openwhisk-runtime-docker
 * {@code ActionProxyContainerTests.scala}, the blackbox skeleton's), against the real action server as the
 * stand-in starts it ({@link ContainerPool}), with the bodies its invoker sends ({@link InvokerBodies}).
 * Each row names the upstream case. Where that case needs an echo action, the row checks what this action
 * shows instead: its answer, its log line and the sentinels on both streams.
 */
class ContainerProtocolRowsTest {
  private static final URI API_HOST = URI.create("http://controller.example:3233");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final StandInAction ACTION = standInAction();
  private static ContainerPool pool;
  private static CannedServer images;

  @BeforeAll
  static void start() throws Exception {
    pool = new ContainerPool(true);
    images = CannedServer.answering(200, TestImages.drawnSeven("png"));
  }

  @AfterAll
  static void stop() throws Exception {
    images.close();
    pool.close();
  }

  /** One row: the upstream case it ports and what it checks on a fresh container. */
  record Row(String upstream, Check check) {
    @Override
    public String toString() {
      return upstream;
    }
  }

  interface Check {
    void on(Container container) throws Exception;
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row("BasicActionRunnerTests: handle initialization with no code", c -> {
          // The invoker's own /init for a blackbox image: name, binary, main, env, and no code.
          assertThat(post(c, "/init", InvokerBodies.init("mnist", context(null)).toString()).statusCode()).isEqualTo(200);
          assertDigit(post(c, "/run", InvokerBodies.run(digitParams("/seven.png"), context(null)).toString()));
        }),
        new Row("BasicActionRunnerTests: handle initialization with no content", c -> {
          assertThat(post(c, "/init", "{}").statusCode()).as("the image is its own code, as the skeleton's stub").isEqualTo(200);
          assertDigit(post(c, "/run", InvokerBodies.run(digitParams("/seven.png"), context(null)).toString()));
        }),
        new Row("BasicActionRunnerTests: fail to initialize a second time", c -> {
          assertThat(post(c, "/init", InvokerBodies.init("mnist", context(null)).toString()).statusCode()).isEqualTo(200);
          HttpResponse<String> second = post(c, "/init", InvokerBodies.init("mnist", context(null)).toString());
          assertThat(second.statusCode()).isNotEqualTo(200);
          assertThat(json(second)).isEqualTo(StandInJson.MAPPER.readTree("{\"error\":\"Cannot initialize the action more than once.\"}"));
          assertThat(c.output().stdout() + c.output().stderr()).contains("Cannot initialize the action more than once.");
          assertSentinels(c, 0);
        }),
        new Row("ActionProxyContainerTests: run sample without init", c -> {
          assertDigit(post(c, "/run", InvokerBodies.run(digitParams("/seven.png"), context(null)).toString()));
          assertSentinels(c, 1);
        }),
        new Row("ActionProxyContainerTests: run sample with 'null' init", c -> {
          assertThat(post(c, "/init", "{\"value\":{\"code\":null,\"main\":\"main\",\"binary\":false,\"env\":null}}").statusCode())
              .isEqualTo(200);
          assertDigit(post(c, "/run", InvokerBodies.run(digitParams("/seven.png"), context(null)).toString()));
        }),
        new Row("BasicActionRunnerTests: echo arguments and print message to stdout/stderr", c -> {
          for (int i = 0; i < 3; i++) {
            assertDigit(post(c, "/run", InvokerBodies.run(digitParams("/seven.png"), context(null)).toString()));
          }
          assertSentinels(c, 3);
          String[] out = c.output().stdout().split("\n");
          for (int i = 1; i < out.length; i++) {
            if (out[i].equals(ContainerOutput.SENTINEL)) {
              assertThat(out[i - 1]).as("each activation's log line comes before its sentinel").startsWith("activation=");
            }
          }
        }),
        new Row("BasicActionRunnerTests: handle unicode in source, input params, logs, and result", c -> {
          ObjectNode params = digitParams("/❄☃❄.png").put("delimiter", "❄");
          assertDigit(post(c, "/run", InvokerBodies.run(params, context(null)).toString()));
          assertSentinels(c, 1);
          assertThat(c.output().stdout()).contains("❄☃❄");
        }),
        new Row("BasicActionRunnerTests: export environment variables before initialization", c -> {
          assertThat(post(c, "/init", "{\"value\":{\"main\":\"main\",\"env\":{\"__OW_NAMESPACE\":\"from-init\",\"SOME_VAR\":\"xyz\"}}}")
              .statusCode()).isEqualTo(200);
          assertDigit(post(c, "/run", "{\"value\":" + digitParams("/seven.png") + ",\"activation_id\":\"env-1\"}"));
          assertSentinels(c, 1);
          assertThat(c.output().stdout()).contains("activation=env-1").contains("namespace=from-init");
        }),
        new Row("BasicActionRunnerTests: confirm expected environment variables", c -> {
          // __OW_API_HOST is the container's environment; the rest, the api key included, comes with /run.
          InvokerBodies.Context context = new InvokerBodies.Context("zzz", "xxx", "0.0.1", "iii", "ttt",
              System.currentTimeMillis() + 60_000, "uuid:KEYSECRET");
          assertThat(post(c, "/init", InvokerBodies.init("mnist", context).toString()).statusCode()).isEqualTo(200);
          assertDigit(post(c, "/run", InvokerBodies.run(digitParams("/seven.png"), context).toString()));
          assertSentinels(c, 1);
          assertThat(c.output().stdout()).contains("activation=iii", "namespace=zzz", "action=xxx");
          assertThat(c.output().stdout() + c.output().stderr()).as("the api key is never logged").doesNotContain("KEYSECRET");
        }),
        new Row("BasicActionRunnerTests: echo a large input", c -> {
          ObjectNode params = digitParams("/seven.png").put("arg", "a".repeat(1048561));
          assertDigit(post(c, "/run", InvokerBodies.run(params, context(null)).toString()));
        }),
        new Row("ActionProxyContainerTests: fail to run a bad script (a run body of null)", c -> {
          HttpResponse<String> run = post(c, "/run", "null");
          assertThat(run.statusCode()).isNotEqualTo(200);
          assertThat(json(run).path("error").isMissingNode()).isFalse();
          assertThat(ContainerAnswer.ofRun(run.statusCode(), run.body()).outcome())
              .as("a non-200 /run is the developer's error").isEqualTo(ActivationRunner.Outcome.DEVELOPER);
          assertSentinels(c, 1);
        }),
        new Row("ActionProxyContainerTests: respond with 404 for bad run argument ({\"value\":\"A\"})", c -> {
          // The skeleton answers 404; this action answers the caller's mistake inside the activation, as an
          // application error whose code and message reach the client.
          HttpResponse<String> run = post(c, "/run", "{\"value\":\"A\"}");
          assertThat(run.statusCode()).isEqualTo(200);
          assertThat(json(run).path("error").path("code").asInt()).isEqualTo(400);
          assertThat(ContainerAnswer.ofRun(run.statusCode(), run.body()).outcome()).isEqualTo(ActivationRunner.Outcome.APPLICATION);
          assertSentinels(c, 1);
        }),
        new Row("BasicActionRunnerTests: run with a body that is not JSON", c -> {
          HttpResponse<String> run = post(c, "/run", "{\"value\":");
          assertThat(run.statusCode()).isEqualTo(400);
          assertThat(json(run).path("error").toString()).contains("not JSON");
          assertSentinels(c, 1);
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) throws Exception {
    row.check().on(pool.start(API_HOST));
  }

  @Test
  void invokerBodies_areContainerProxys_apiKeyOnlyWhenProvided() {
    InvokerBodies.Context context = context("uuid:key");
    ObjectNode run = InvokerBodies.run(digitParams("/seven.png"), context);
    assertThat(run.propertyNames()).containsExactlyInAnyOrder("value", "api_key", "namespace", "action_name",
        "action_version", "activation_id", "transaction_id", "deadline");
    assertThat(run.path("deadline").isString()).isTrue();
    assertThat(InvokerBodies.run(digitParams("/seven.png"), context(null)).has("api_key")).isFalse();

    JsonNode init = InvokerBodies.init("mnist", context).path("value");
    assertThat(init.propertyNames()).containsExactlyInAnyOrder("name", "binary", "main", "env");
    assertThat(init.path("env").propertyNames()).containsExactlyInAnyOrder("__OW_API_KEY", "__OW_NAMESPACE",
        "__OW_ACTION_NAME", "__OW_ACTION_VERSION", "__OW_ACTIVATION_ID", "__OW_TRANSACTION_ID", "__OW_DEADLINE");

    assertThat(InvokerBodies.providesApiKey(annotations("[]"))).as("a missing annotation provides the key").isTrue();
    assertThat(InvokerBodies.providesApiKey(annotations("[{\"key\":\"provide-api-key\",\"value\":false}]"))).isFalse();
    assertThat(InvokerBodies.providesApiKey(annotations("[{\"key\":\"provide-api-key\",\"value\":true}]"))).isTrue();
    assertThat(InvokerBodies.providesApiKey(annotations("[{\"key\":\"provide-api-key\",\"value\":\"\"}]"))).isFalse();
    assertThat(InvokerBodies.Context.of(ACTION, "uuid:key", "a1", 1).apiKey())
        .as("actions the stand-in creates carry provide-api-key: false").isNull();
  }

  private static StandInAction standInAction() {
    var annotations = StandInJson.MAPPER.createArrayNode();
    annotations.addObject().put("key", "provide-api-key").put("value", false);
    return new StandInAction("guest", "mnist", StandInJson.MAPPER.createObjectNode(), annotations,
        StandInJson.MAPPER.createObjectNode().put("timeout", 60_000));
  }

  private static JsonNode annotations(String json) {
    return StandInJson.MAPPER.readTree(json);
  }

  private static InvokerBodies.Context context(String apiKey) {
    return new InvokerBodies.Context("guest", "/guest/mnist", "0.0.1", StandInJson.id(), StandInJson.id(),
        System.currentTimeMillis() + 60_000, apiKey);
  }

  private static ObjectNode digitParams(String path) {
    return StandInJson.MAPPER.createObjectNode().put("url", images.uri(path).toString());
  }

  private static HttpResponse<String> post(Container c, String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(c.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) {
    return StandInJson.MAPPER.readTree(r.body());
  }

  private static void assertDigit(HttpResponse<String> run) {
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(json(run).path("res").asInt(-1)).isBetween(0, 9);
  }

  /** Upstream's {@code checkStreams}: as many sentinels on stdout and on stderr as activations ran. */
  private static void assertSentinels(Container c, int expected) throws InterruptedException {
    // The action writes the sentinel just after it answers: give it a moment.
    for (int i = 0; i < 100 && count(c.output().stdout()) < expected; i++) {
      Thread.sleep(20);
    }
    assertThat(count(c.output().stdout())).as("stdout sentinels").isEqualTo(expected);
    assertThat(count(c.output().stderr())).as("stderr sentinels").isEqualTo(expected);
  }

  private static int count(String stream) {
    return stream.split(ContainerOutput.SENTINEL, -1).length - 1;
  }
}

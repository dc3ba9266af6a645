package dev.digitwhisk.action.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ActionClient.Answer;
import dev.digitwhisk.action.testing.ChildAction;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.ImageFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Modelled on OpenWhisk's runtime conformance suite (BasicActionRunnerTests): the action runs in its
 * own JVM through {@code main}, as in its container, and the test reads its stdout and stderr.
 */
class ConformanceTest {
  private static final String SENTINEL = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX";
  private static ImageServer store;

  @BeforeAll
  static void startStore() throws Exception {
    store = ImageServer.start().bytes("/digit.png", TestImages.png()).bytes("/❄☃❄.png", TestImages.png());
  }

  @AfterAll
  static void stopStore() {
    store.close();
  }

  private static String runBody(String valueJson, String extra) {
    return "{\"value\":" + valueJson + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  @Test
  void init_withNoContent_orEmptyObject_orBlackboxInitializer_succeeds() throws Exception {
    for (String body : new String[] {null, "{}", "{\"value\":{\"name\":\"mnist\",\"main\":\"main\",\"code\":\"\",\"binary\":false,\"env\":{}}}"}) {
      try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
        Answer init = body == null ? client.post("/init", (byte[]) null) : client.post("/init", body);
        assertThat(init.status()).as("init with %s", body).isEqualTo(200);
        Answer run = client.post("/run", runBody("{\"url\":\"" + store.url("/digit.png") + "\"}", ""));
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.code()).isEqualTo(200);
      }
    }
  }

  @Test
  void init_secondTime_isRefusedWithTheConformanceMessage() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
      assertThat(client.post("/init", "{\"value\":{\"main\":\"main\",\"code\":\"x\"}}").status()).isEqualTo(200);
      Answer second = client.post("/init", "{\"value\":{\"main\":\"main\",\"code\":\"x\"}}");
      assertThat(second.status()).isNotEqualTo(200).isEqualTo(403);
      assertThat(second.json()).isEqualTo(ActionClient.JSON.readTree("{\"error\":\"Cannot initialize the action more than once.\"}"));
      Thread.sleep(100);
      assertThat(String.join("\n", action.stdout()) + String.join("\n", action.stderr()))
          .contains("Cannot initialize the action more than once.");
      // Init is not an activation: no sentinel for it.
      assertThat(ChildAction.count(action.stdout(), SENTINEL)).isZero();
    }
  }

  @Test
  void run_withoutInit_works() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
      Answer run = client.post("/run", runBody("{\"url\":\"" + store.url("/digit.png") + "\"}", ""));
      assertThat(run.status()).isEqualTo(200);
      assertThat(run.code()).isEqualTo(200);
      assertThat(run.res()).isBetween(0, 9);
      var answer = AnswerCodec.read(run.json());
      assertThat(answer.res()).isEqualTo(run.res());
      assertThat(answer.hasProbabilities()).isTrue();
      assertThat(answer.model().sha256()).hasSize(64);
      assertThat(answer.timingsMs()).containsKeys("fetch", "decode", "preprocess", "infer", "total");
      assertThat(ImageFormat.sniff(answer.inputPng())).contains(ImageFormat.PNG);
    }
  }

  @Test
  void run_owContext_reachesTheLogLine_andTheApiKeyNever() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of("__OW_API_HOST", "https://ow.example"));
         ActionClient client = new ActionClient(action.baseUri())) {
      client.post("/init", "{\"value\":{\"env\":{\"__OW_NAMESPACE\":\"from-init\"}}}");
      long deadline = System.currentTimeMillis() + 60_000;
      client.post("/run", runBody("{\"url\":\"" + store.url("/digit.png?X-Amz-Signature=SIGSECRET") + "\"}",
          "\"action_name\":\"/guest/mnist\",\"action_version\":\"0.0.1\",\"activation_id\":\"act-1\","
              + "\"transaction_id\":\"tid-1\",\"deadline\":\"" + deadline + "\",\"api_key\":\"uuid:KEYSECRET\""));
      client.post("/run", runBody("{\"url\":\"" + store.url("/digit.png") + "\"}",
          "\"namespace\":\"guest\",\"activation_id\":\"act-2\",\"deadline\":" + deadline));
      action.awaitSentinels(SENTINEL, 2);
      List<String> out = action.stdout();
      assertThat(out).anySatisfy(l -> assertThat(l).contains("activation=act-1").contains("namespace=from-init")
          .contains("action=/guest/mnist").contains("code=200"));
      assertThat(out).anySatisfy(l -> assertThat(l).contains("activation=act-2").contains("namespace=guest"));
      String all = String.join("\n", out) + String.join("\n", action.stderr());
      assertThat(all).doesNotContain("KEYSECRET").doesNotContain("SIGSECRET").doesNotContain("X-Amz");
    }
  }

  @Test
  void run_deadlineAlreadyPassed_answers504WithoutFetching() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
      int before = store.requests();
      Answer run = client.post("/run", runBody("{\"url\":\"" + store.url("/digit.png") + "\"}",
          "\"deadline\":\"" + (System.currentTimeMillis() - 1000) + "\""));
      assertThat(run.code()).isEqualTo(504);
      assertThat(run.error()).contains("deadline");
      assertThat(store.requests()).isEqualTo(before);
    }
  }

  @Test
  void run_unicode_inParametersLogsAndResult() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
      Answer ok = client.post("/run", runBody("{\"url\":\"" + store.url("/❄☃❄.png") + "\",\"delimiter\":\"❄\"}", ""));
      assertThat(ok.code()).isEqualTo(200);
      Answer missing = client.post("/run", runBody("{\"url\":\"" + store.url("/❄-missing-☃.png") + "\"}", ""));
      assertThat(missing.code()).isEqualTo(404);
      action.awaitSentinels(SENTINEL, 2);
      assertThat(String.join("\n", action.stdout())).contains("/❄☃❄.png");
      Answer badUnicode = client.post("/run", runBody("{\"url\":\"☃://❄\"}", ""));
      assertThat(badUnicode.code()).isEqualTo(400);
      assertThat(badUnicode.error()).contains("☃");
    }
  }

  @Test
  void run_largeInputNearOneMegabyte_isAccepted() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
      ObjectNode value = ActionClient.JSON.createObjectNode().put("url", store.url("/digit.png")).put("arg", "a".repeat(1048561));
      Answer run = client.run(value);
      assertThat(run.status()).isEqualTo(200);
      assertThat(run.code()).isEqualTo(200);
      ObjectNode tooBig = ActionClient.JSON.createObjectNode().put("url", store.url("/digit.png")).put("arg", "a".repeat(3 << 20));
      Answer refused = client.run(tooBig);
      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.code()).isEqualTo(413);
      assertThat(refused.error()).contains("larger than");
      assertThat(client.post("/run", runBody("{\"url\":\"" + store.url("/digit.png") + "\"}", "")).code()).isEqualTo(200);
    }
  }

  @Test
  void run_everyActivation_endsWithTheSentinelOnBothStreams() throws Exception {
    try (ChildAction action = ChildAction.start(Map.of()); ActionClient client = new ActionClient(action.baseUri())) {
      client.post("/init", "{}");
      String[] bodies = {
          runBody("{\"url\":\"" + store.url("/digit.png") + "\"}", "\"activation_id\":\"s1\""),
          runBody("{\"url\":\"" + store.url("/nope.png") + "\"}", "\"activation_id\":\"s2\""),
          "{\"value\":", "[1,2]", runBody("{}", "")};
      for (String body : bodies) {
        client.post("/run", body);
      }
      action.awaitSentinels(SENTINEL, bodies.length);
      List<String> out = action.stdout();
      List<String> err = action.stderr();
      assertThat(ChildAction.count(out, SENTINEL)).isEqualTo(bodies.length);
      assertThat(ChildAction.count(err, SENTINEL)).isEqualTo(bodies.length);
      assertThat(out.getLast()).isEqualTo(SENTINEL);
      assertThat(err.getLast()).isEqualTo(SENTINEL);
      // One summary line per activation, right before its sentinel.
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).equals(SENTINEL)) {
          assertThat(out.get(i - 1)).startsWith("activation=");
        }
      }
      assertThat(action.alive()).isTrue();
    }
  }
}

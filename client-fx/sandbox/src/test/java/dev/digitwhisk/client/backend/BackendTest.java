package dev.digitwhisk.client.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.backend.ConnectionCheck.Verdict;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.workflow.Classification;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackendTest {
  static SandboxFixture fixture;
  static OpenWhiskStandIn openwhisk;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
    // The images are on the host's loopback: the containers share its network (docker run --network host).
    openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork());
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
    fixture.close();
  }

  private static ClientSettings rest(StoreSettings store, String auth, String action) {
    return fixture.settings().forServers(store, InvokeSettings.rest(openwhisk.apiHost(), auth, "_", action));
  }

  private static Map<String, Verdict> verdicts(ConnectionCheck check) {
    Map<String, Verdict> out = new java.util.LinkedHashMap<>();
    check.checks().forEach(c -> out.put(c.name(), c.verdict()));
    return out;
  }

  @Test
  void open_yourServersOverRest_classifiesAndDescribesWithoutSecrets() throws Exception {
    try (Backend backend = Backend.open(rest(fixture.sandbox().storeSettings(), openwhisk.auth(), "mnist"))) {
      assertThat(backend.isSandbox()).isFalse();
      Classification c = backend.workflow().classify(TestImages.seven());
      assertThat(c.ok()).as(String.valueOf(c.failure())).isTrue();
      assertThat(c.activation().activationId()).isPresent();
      assertThat(backend.describe()).startsWith("MinIO at http://127.0.0.1:").contains("OpenWhisk REST at")
          .doesNotContain(openwhisk.auth()).doesNotContain(fixture.sandbox().storeSettings().secretKey());
      assertThat(fixture.objects()).isEmpty();
    }
  }

  @Test
  void test_allGood_everyCheckPasses() throws Exception {
    try (Backend backend = Backend.open(rest(fixture.sandbox().storeSettings(), openwhisk.auth(), "mnist"))) {
      ConnectionCheck check = backend.test();
      assertThat(check.ok()).as(check.toString()).isTrue();
      assertThat(verdicts(check)).containsOnlyKeys("Object store reachable", "Store keys valid", "Bucket exists or can be made",
          "OpenWhisk reachable", "OpenWhisk auth valid", "Action exists", "Action answers");
      assertThat(check.checks()).allSatisfy(c -> assertThat(c.verdict()).isIn(Verdict.PASS, Verdict.WARN));
      assertThat(fixture.objects()).isEmpty();
    }
  }

  @Test
  void test_wrongOpenWhiskKeyAndMissingAction_sayWhatToFix() throws Exception {
    String wrong = openwhisk.auth().split(":")[0] + ":wrong";
    try (Backend backend = Backend.open(rest(fixture.sandbox().storeSettings(), wrong, "mnist"))) {
      ConnectionCheck check = backend.test();
      assertThat(verdicts(check)).containsEntry("OpenWhisk auth valid", Verdict.FAIL).containsEntry("Action answers", Verdict.SKIPPED);
      assertThat(check.firstFailure().orElseThrow().whatToFix()).contains("wsk property get --auth");
    }
    try (Backend backend = Backend.open(rest(fixture.sandbox().storeSettings(), openwhisk.auth(), "missing"))) {
      ConnectionCheck check = backend.test();
      assertThat(verdicts(check)).containsEntry("Action exists", Verdict.FAIL);
      assertThat(check.firstFailure().orElseThrow().whatToFix()).contains("digitwhisk deploy");
    }
  }

  @Test
  void test_wrongStoreKeysAndDeadStore_areTold() throws Exception {
    StoreSettings real = fixture.sandbox().storeSettings();
    StoreSettings wrongKey = new StoreSettings(real.endpoint(), real.accessKey(), "wrong", real.bucket(), null);
    try (Backend backend = Backend.open(rest(wrongKey, openwhisk.auth(), "mnist"))) {
      Map<String, Verdict> v = verdicts(backend.test());
      assertThat(v).containsEntry("Object store reachable", Verdict.PASS).containsEntry("Store keys valid", Verdict.FAIL);
    }
    StoreSettings dead = new StoreSettings(URI.create("http://127.0.0.1:9"), "a", "b", "xyz", null);
    try (Backend backend = Backend.open(rest(dead, openwhisk.auth(), "mnist"))) {
      ConnectionCheck check = backend.test();
      assertThat(verdicts(check)).containsEntry("Object store reachable", Verdict.FAIL).containsEntry("OpenWhisk reachable", Verdict.PASS);
      assertThat(check.firstFailure().orElseThrow().whatToFix()).contains("Start the store");
    }
  }

  @Test
  void test_webActionMode_checksTheUrlAndTheRoundTrip() throws Exception {
    ClientSettings web = fixture.settings().forServers(fixture.sandbox().storeSettings(),
        new InvokeSettings(dev.digitwhisk.client.config.InvokeMode.WEB, Optional.of(openwhisk.apiHost()), Optional.empty(),
            openwhisk.namespace(), "mnist", Optional.empty()));
    try (Backend backend = Backend.open(web)) {
      ConnectionCheck check = backend.test();
      assertThat(check.ok()).as(check.toString()).isTrue();
      assertThat(verdicts(check)).containsKey("Action URL reachable");
    }
  }

  @Test
  void sandbox_isReadyInTheBackground_andTestPasses() throws Exception {
    try (Backend backend = Backend.sandbox()) {
      assertThat(backend.describe()).isIn("Local sandbox (starting)", backend.describe());
      ConnectionCheck check = backend.test();
      assertThat(check.ok()).as(check.toString()).isTrue();
      ClientSettings effective = backend.effectiveSettings();
      assertThat(effective.store().orElseThrow().endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(effective.invoke().orElseThrow().mode()).isEqualTo(dev.digitwhisk.client.config.InvokeMode.DIRECT);
    }
  }
}

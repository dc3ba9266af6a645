package dev.digitwhisk.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.protocol.Limits;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path dir;

  private Path wskprops(String text) throws Exception {
    return Files.writeString(dir.resolve(".wskprops"), text);
  }

  private Path config(String json) throws Exception {
    return Files.writeString(dir.resolve("config.json"), json);
  }

  @Test
  void load_nothingConfigured_isSandbox() throws Exception {
    ClientSettings s = SettingsLoader.of(Map.of(), dir.resolve("none.json"), dir.resolve("none")).load(Map.of());
    assertThat(s.sandbox()).isTrue();
    assertThat(s.presignExpiry()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void load_onlyWskprops_staysSandbox() throws Exception {
    Path props = wskprops("APIHOST=172.17.0.1:3233\nAUTH=abc:def\n");
    assertThat(SettingsLoader.of(Map.of(), null, props).load(Map.of()).sandbox()).isTrue();
  }

  @Test
  void load_wskpropsFillsOpenWhiskBelowEverythingElse() throws Exception {
    Path props = wskprops("# wsk\nAPIHOST=172.17.0.1:3233\nAUTH=23bc46b1-71f6-4ed5-8c54-816aa4f8c502:123zO3xZCLrMN6v2BKK1dXYFpXlPkccOFqm12CdAsMgRU4VrNZ9lyGVCGuMDGIwP\nNAMESPACE=guest\n");
    Map<String, String> env = Map.of("DIGITWHISK_STORE_ENDPOINT", "minio:9000", "DIGITWHISK_STORE_ACCESS_KEY", "ak",
        "DIGITWHISK_STORE_SECRET_KEY", "sk");
    ClientSettings s = SettingsLoader.of(env, null, props).load(Map.of());
    InvokeSettings invoke = s.invoke().orElseThrow();
    assertThat(invoke.mode()).isEqualTo(InvokeMode.REST);
    assertThat(invoke.apiHost()).contains(URI.create("https://172.17.0.1:3233"));
    assertThat(invoke.auth().orElseThrow()).startsWith("23bc46b1-");
    assertThat(invoke.namespace()).isEqualTo("guest");
    assertThat(invoke.action()).isEqualTo("mnist");
    assertThat(s.store().orElseThrow().endpoint()).isEqualTo(URI.create("http://minio:9000"));
  }

  @Test
  void load_precedence_flagsOverEnvOverFileOverWskprops() throws Exception {
    Path props = wskprops("APIHOST=http://from-wskprops:3233\nAUTH=w:w\nNAMESPACE=wsk-ns\n");
    Path file = config("""
        {"store":{"endpoint":"http://file:9000","access-key":"file-ak","secret-key":"file-sk","bucket":"file-bucket"},
         "openwhisk":{"apihost":"http://from-file:3233","namespace":"file-ns"},
         "presign":{"expiry":"2m"}}
        """);
    Map<String, String> env = Map.of("DIGITWHISK_STORE_ACCESS_KEY", "env-ak", "DIGITWHISK_OPENWHISK_APIHOST", "http://from-env:3233",
        "DIGITWHISK_STORE_BUCKET", "env-bucket");
    Map<String, String> flags = Map.of("store.bucket", "flag-bucket");
    SettingsLoader loader = SettingsLoader.of(env, file, props);
    ClientSettings s = loader.load(flags);
    StoreSettings store = s.store().orElseThrow();
    InvokeSettings invoke = s.invoke().orElseThrow();
    assertThat(store.endpoint()).hasToString("http://file:9000");
    assertThat(store.accessKey()).isEqualTo("env-ak");
    assertThat(store.secretKey()).isEqualTo("file-sk");
    assertThat(store.bucket()).isEqualTo("flag-bucket");
    assertThat(invoke.apiHost()).contains(URI.create("http://from-env:3233"));
    assertThat(invoke.namespace()).isEqualTo("file-ns");
    assertThat(invoke.auth()).contains("w:w");
    assertThat(s.presignExpiry()).isEqualTo(Duration.ofMinutes(2));
    var resolved = loader.resolve(flags);
    assertThat(resolved.get(SettingKey.STORE_BUCKET).source()).isEqualTo(SettingsSource.FLAG);
    assertThat(resolved.get(SettingKey.STORE_ACCESS_KEY).source()).isEqualTo(SettingsSource.ENVIRONMENT);
    assertThat(resolved.get(SettingKey.STORE_SECRET_KEY).source()).isEqualTo(SettingsSource.CONFIG_FILE);
    assertThat(resolved.get(SettingKey.OPENWHISK_AUTH).source()).isEqualTo(SettingsSource.WSKPROPS);
  }

  @Test
  void load_seedStyleApiUrl_isApiGatewayMode() throws Exception {
    Map<String, String> flags = Map.of("store.endpoint", "192.168.1.82:9000", "store.access-key", "testAccessKey",
        "store.secret-key", "testSecretKey", "store.bucket", "mnist",
        "invoke.url", "http://192.168.1.82:3234/api/23bc46b1-71f6-4ed5-8c54-816aa4f8c502/ml/mnist");
    ClientSettings s = SettingsLoader.of(Map.of(), null, null).load(flags);
    assertThat(s.invoke().orElseThrow().mode()).isEqualTo(InvokeMode.API_GATEWAY);
    assertThat(s.store().orElseThrow().tls()).isFalse();
  }

  @Test
  void perActivation_defaultsToTheActionsLimit_andIsReadFromEveryPlace() throws Exception {
    assertThat(SettingsLoader.of(Map.of(), null, null).load(Map.of()).perActivation()).isEqualTo(Limits.MAX_URLS);
    Map<String, String> env = Map.of("DIGITWHISK_INVOKE_PER_ACTIVATION", "4");
    assertThat(SettingsLoader.of(env, null, null).load(Map.of()).perActivation()).isEqualTo(4);
    assertThat(SettingsLoader.of(env, null, null).load(Map.of("invoke.per-activation", "1")).perActivation()).isEqualTo(1);
  }

  @Test
  void perActivation_outsideOneToTheLimit_saysWhatIsAllowed() {
    for (String bad : new String[] {"0", String.valueOf(Limits.MAX_URLS + 1), "many", "-3"}) {
      assertThatThrownBy(() -> SettingsLoader.of(Map.of(), null, null).load(Map.of("invoke.per-activation", bad)))
          .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.getMessage())
              .contains("invoke.per-activation").contains("1 to " + Limits.MAX_URLS).contains("'" + bad + "'"));
    }
  }

  @Test
  void guessMode_readsTheUrlsShape() {
    assertThat(SettingsLoader.guessMode("https://host/api/v1/web/guest/default/mnist.json")).isEqualTo(InvokeMode.WEB);
    assertThat(SettingsLoader.guessMode("http://127.0.0.1:8080")).isEqualTo(InvokeMode.DIRECT);
    assertThat(SettingsLoader.guessMode("http://127.0.0.1:8080/run")).isEqualTo(InvokeMode.DIRECT);
    assertThat(SettingsLoader.guessMode("http://host:9001/api/abc/ml/mnist")).isEqualTo(InvokeMode.API_GATEWAY);
  }

  @Test
  void load_incompleteServers_namesEveryMissingSettingAtOnce() {
    Map<String, String> flags = Map.of("store.endpoint", "minio:9000");
    assertThatThrownBy(() -> SettingsLoader.of(Map.of(), null, null).load(flags))
        .isInstanceOfSatisfying(SettingsException.class, e -> {
          assertThat(e.getMessage()).contains("store.access-key").contains("store.secret-key").contains("invoke.url");
          assertThat(e.whatToDo()).contains("sandbox");
        });
  }

  @Test
  void load_unknownFlag_isRefusedWithTheList() {
    assertThatThrownBy(() -> SettingsLoader.of(Map.of(), null, null).load(Map.of("store.endpiont", "x")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("store.endpiont");
  }

  @Test
  void load_backendSandboxFlag_winsOverConfiguredServers() throws Exception {
    Map<String, String> env = Map.of("DIGITWHISK_STORE_ENDPOINT", "minio:9000");
    assertThat(SettingsLoader.of(env, null, null).load(Map.of("backend", "sandbox")).sandbox()).isTrue();
  }

  @Test
  void load_malformedConfigFile_saysWhichFile() throws Exception {
    Path file = config("{ not json");
    assertThatThrownBy(() -> SettingsLoader.of(Map.of(), file, null).load(Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining(file.toString());
  }

  @Test
  void environmentVariables_areDocumentedNames() {
    assertThat(SettingKey.STORE_SECRET_KEY.environmentVariable()).isEqualTo("DIGITWHISK_STORE_SECRET_KEY");
    assertThat(SettingKey.OPENWHISK_APIHOST.environmentVariable()).isEqualTo("DIGITWHISK_OPENWHISK_APIHOST");
    assertThat(SettingKey.INVOKE_URL.environmentVariable()).isEqualTo("DIGITWHISK_INVOKE_URL");
  }

  @Test
  void wskConfigFile_movesWskprops() {
    assertThat(WskProps.defaultPath(Map.of("WSK_CONFIG_FILE", "/etc/wsk"), Path.of("/home/u"))).isEqualTo(Path.of("/etc/wsk"));
    assertThat(WskProps.defaultPath(Map.of(), Path.of("/home/u"))).isEqualTo(Path.of("/home/u/.wskprops"));
  }

  @Test
  void configFile_followsXdgThenOs() {
    Path home = Path.of("/home/u");
    assertThat(ConfigPaths.configFile(Map.of("XDG_CONFIG_HOME", "/x"), home, "Linux")).isEqualTo(Path.of("/x/digitwhisk/config.json"));
    assertThat(ConfigPaths.configFile(Map.of(), home, "Linux")).isEqualTo(Path.of("/home/u/.config/digitwhisk/config.json"));
    assertThat(ConfigPaths.configFile(Map.of(), home, "Mac OS X"))
        .isEqualTo(Path.of("/home/u/Library/Application Support/digitwhisk/config.json"));
    assertThat(ConfigPaths.configFile(Map.of("DIGITWHISK_CONFIG", "/c.json"), home, "Linux")).isEqualTo(Path.of("/c.json"));
  }
}

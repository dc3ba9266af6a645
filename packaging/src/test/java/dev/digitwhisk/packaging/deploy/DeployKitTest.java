package dev.digitwhisk.packaging.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Checks the deployment kit for what can be checked without a Docker engine or a cluster. */
class DeployKitTest {
  private static final Path KIT = Path.of("deploy");

  @Test
  void compose_definesMinioInitAndOpenWhiskWithHealthChecks() throws IOException {
    Map<String, Object> compose = yaml(KIT.resolve("compose.yaml"));
    Map<String, Map<String, Object>> services = cast(compose.get("services"));

    assertThat(services).containsKeys("minio", "minio-init", "openwhisk");
    assertThat(services.get("minio")).containsKey("healthcheck");
    assertThat(services.get("openwhisk")).containsKey("healthcheck");
    Map<String, Map<String, String>> initDependsOn = cast(services.get("minio-init").get("depends_on"));
    assertThat(initDependsOn.get("minio")).containsEntry("condition", "service_healthy");
  }

  @Test
  void compose_pinsEveryImageToAVersionByDefault() throws IOException {
    Map<String, Map<String, Object>> services = cast(yaml(KIT.resolve("compose.yaml")).get("services"));
    services.forEach((name, service) -> {
      String image = (String) service.get("image");
      String fallback = image.replaceAll(".*:-(.*)}$", "$1");
      assertThat(fallback).as("default image of %s", name).contains(":").doesNotEndWith(":latest");
    });
  }

  @Test
  void compose_neverBindsTheMinioConsolePublicly() throws IOException {
    Map<String, Map<String, Object>> services = cast(yaml(KIT.resolve("compose.yaml")).get("services"));
    List<String> command = cast(services.get("minio").get("command"));
    int console = command.indexOf("--console-address");
    assertThat(console).isNotNegative();
    assertThat(command.get(console + 1)).startsWith("127.0.0.1:");
  }

  @Test
  void clientPolicy_grantsOnlyObjectAccessToTheBucket() throws IOException {
    Map<String, Object> policy = yaml(KIT.resolve("minio/digitwhisk-client-policy.json"));
    List<Map<String, Object>> statements = cast(policy.get("Statement"));

    assertThat(statements).allSatisfy(statement -> {
      assertThat(statement.get("Effect")).isEqualTo("Allow");
      List<String> actions = cast(statement.get("Action"));
      assertThat(actions).allSatisfy(action -> assertThat(action).doesNotContain("*").doesNotStartWith("admin:"));
      List<String> resources = cast(statement.get("Resource"));
      assertThat(resources).allSatisfy(resource -> assertThat(resource).startsWith("arn:aws:s3:::${BUCKET}"));
    });
    assertThat(statements.stream().flatMap(s -> DeployKitTest.<List<String>>cast(s.get("Action")).stream()))
        .containsExactlyInAnyOrder("s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:GetBucketLocation");
  }

  @Test
  void envExample_marksEverySecretForChange() throws IOException {
    Properties env = new Properties();
    env.load(new StringReader(Files.readString(KIT.resolve(".env.example"))));
    assertThat(env.getProperty("MINIO_ROOT_PASSWORD")).startsWith("CHANGE-ME");
    assertThat(env.getProperty("DIGITWHISK_SECRET_KEY")).startsWith("CHANGE-ME");
    assertThat(env.getProperty("DIGITWHISK_ACTION_IMAGE")).doesNotEndWith(":latest").contains(":");
  }

  @Test
  void helmValues_parseAndKeepTheConsolePrivate() throws IOException {
    Map<String, Object> openwhisk = yaml(KIT.resolve("helm/openwhisk-values.yaml"));
    Map<String, Object> minio = yaml(KIT.resolve("helm/minio-values.yaml"));

    assertThat(openwhisk).containsKeys("whisk", "invoker");
    Map<String, Object> console = cast(minio.get("consoleIngress"));
    assertThat(console).containsEntry("enabled", false);
    assertThat(minio).doesNotContainKeys("rootUser", "rootPassword");
    assertThat(Files.readString(KIT.resolve("helm/openwhisk-values.yaml")))
        .as("the chart's published default guest key must be replaced, not repeated")
        .doesNotContain("123zO3xZCLrMN6v2BKK1dXYFpXlPkccOFqm12CdAsMgRU4VrNZ9lyGVCGuMDGIwP");
  }

  @Test
  void compose_runsOpenWhiskBesideTheActionContainers() throws IOException {
    Map<String, Map<String, Object>> services = cast(yaml(KIT.resolve("compose.yaml")).get("services"));
    Map<String, Object> openwhisk = services.get("openwhisk");

    // The invoker reaches action containers on docker's default bridge; a compose network cannot.
    assertThat(openwhisk).containsEntry("network_mode", "bridge");
    List<String> volumes = cast(openwhisk.get("volumes"));
    assertThat(volumes).contains("/var/run/docker.sock:/var/run/docker.sock");
    List<String> ports = cast(openwhisk.get("ports"));
    assertThat(ports).allSatisfy(port -> assertThat(port).startsWith("${OPENWHISK_BIND:-127.0.0.1}:"));
  }

  @Test
  void compose_startsStandaloneWithTheKitsConfigRaisingTheThrottles() throws IOException {
    Map<String, Map<String, Object>> services = cast(yaml(KIT.resolve("compose.yaml")).get("services"));
    Map<String, Object> openwhisk = services.get("openwhisk");
    List<String> command = List.of(((String) openwhisk.get("command")).split("\\s+"));
    int config = command.indexOf("-c");
    assertThat(config).as("standalone's -c option in %s", command).isNotNegative();
    String inContainer = command.get(config + 1);
    List<String> volumes = cast(openwhisk.get("volumes"));
    String mount = volumes.stream().filter(v -> v.contains(":" + inContainer)).findFirst().orElseThrow();
    Path file = KIT.resolve(mount.substring(0, mount.indexOf(':')));

    String conf = Files.readString(file);
    // -c replaces standalone's configuration, so the kit's file must pull the default one in.
    assertThat(conf).contains("include classpath(\"standalone.conf\")");
    assertThat(setting(conf, "limits-actions-invokes-perMinute")).isGreaterThan(60);
    assertThat(setting(conf, "limits-actions-invokes-concurrent")).isGreaterThan(30);
    assertThat(mount).endsWith(":ro");
  }

  private static int setting(String hocon, String key) {
    Matcher m = Pattern.compile("(?m)^\\s*" + key + "\\s*=\\s*(\\d+)\\s*$").matcher(hocon);
    assertThat(m.find()).as("%s is set", key).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    return new Yaml().load(Files.readString(file));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}

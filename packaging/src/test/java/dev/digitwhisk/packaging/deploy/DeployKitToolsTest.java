package dev.digitwhisk.packaging.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.packaging.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the kit with the tools a user runs it with, where this machine has them: the compose
 * parser (docker compose v2 or docker-compose v1, neither needs a running engine for `config`),
 * a JSON-schema validator for the MinIO policy, bash's parser for every script; and the scripts
 * themselves where they can run without a Docker engine: their help, and deploy.sh's refusal to
 * start with the example's placeholder secrets.
 */
class DeployKitToolsTest {
  private static final Path KIT = Path.of("deploy");

  @Test
  void compose_isValidForTheComposeParser(@TempDir Path tmp) throws Exception {
    List<String> compose = composeCommand();
    assumeTrue(!compose.isEmpty(), "neither `docker compose` nor `docker-compose` is installed; compose syntax not checked");
    Path env = tmp.resolve("example.env");
    Files.copy(KIT.resolve(".env.example"), env);
    List<String> command = new ArrayList<>(compose);
    command.addAll(List.of("--env-file", env.toString(), "-f", KIT.resolve("compose.yaml").toString(), "config"));

    Shell result = Shell.run(command);

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("minio-init:", "openwhisk/standalone:", "network_mode: bridge");
  }

  @Test
  void compose_refusesToStartWithoutTheSecrets(@TempDir Path tmp) throws Exception {
    List<String> compose = composeCommand();
    assumeTrue(!compose.isEmpty(), "neither `docker compose` nor `docker-compose` is installed; compose syntax not checked");
    Path empty = Files.writeString(tmp.resolve("empty.env"), "");
    List<String> command = new ArrayList<>(compose);
    command.addAll(List.of("--env-file", empty.toString(), "-f", KIT.resolve("compose.yaml").toString(), "config"));

    Shell result = Shell.run(command);

    assertThat(result.exit()).isNotZero();
    assertThat(result.output()).contains("set MINIO_ROOT_USER in .env");
  }

  @Test
  void clientPolicy_matchesTheS3PolicySchema() throws Exception {
    assumeTrue(Shell.run(List.of("python3", "-c", "import jsonschema")).exit() == 0,
        "python3 with jsonschema is not installed; policy schema not checked");
    Path schema = Path.of("src/test/resources/dev/digitwhisk/packaging/deploy/s3-policy.schema.json");
    String script = "import json,sys,jsonschema\n"
        + "policy=json.loads(open(sys.argv[2]).read().replace('${BUCKET}','mnist'))\n"
        + "jsonschema.validate(policy, json.load(open(sys.argv[1])))\n"
        + "print('valid')\n";

    Shell result = Shell.run(List.of("python3", "-c", script, schema.toString(),
        KIT.resolve("minio/digitwhisk-client-policy.json").toString()));

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("valid");
  }

  @Test
  void scripts_parseWithBash() throws Exception {
    assumeTrue(Shell.run(List.of("bash", "--version")).exit() == 0, "bash is not installed");
    for (Path script : List.of(KIT.resolve("deploy.sh"), KIT.resolve("minio/init.sh"),
        Path.of("image/build-action-image.sh"), Path.of("installer/build-installers.sh"), Path.of("verify-deb.sh"))) {
      Shell result = Shell.run(List.of("bash", "-n", script.toString()));
      assertThat(result.exit()).as(script + ": " + result.output()).isZero();
      assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
    }
  }

  @Test
  void scriptsWithOptions_printTheirUsageOnHelp() throws Exception {
    for (Path script : List.of(Path.of("image/build-action-image.sh"), Path.of("verify-deb.sh"))) {
      Shell result = Shell.run(List.of("bash", script.toString(), "--help"));

      assertThat(result.exit()).as(script + ": " + result.output()).isZero();
      assertThat(result.output()).as(script.toString()).contains("usage:");
    }
    Shell unknown = Shell.run(List.of("bash", "image/build-action-image.sh", "--no-such-option"));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.output()).contains("unknown argument: --no-such-option");
  }

  @Test
  void deployScript_refusesToStartWithoutASettingsFileOrWithItsPlaceholders(@TempDir Path tmp) throws Exception {
    Path kit = Files.createDirectories(tmp.resolve("deploy"));
    Files.copy(KIT.resolve("deploy.sh"), kit.resolve("deploy.sh"));
    Map<String, String> noDocker = Map.of("PATH", "/usr/bin:/bin");

    Shell withoutEnv = Shell.run(List.of("bash", "deploy.sh"), noDocker, kit);
    Files.copy(KIT.resolve(".env.example"), kit.resolve(".env"));
    Shell withPlaceholders = Shell.run(List.of("bash", "deploy.sh"), noDocker, kit);

    assertThat(withoutEnv.exit()).isEqualTo(2);
    assertThat(withoutEnv.output()).contains("Copy .env.example to .env");
    assertThat(withPlaceholders.exit()).isEqualTo(2);
    assertThat(withPlaceholders.output()).contains("CHANGE-ME");
  }

  private static List<String> composeCommand() throws Exception {
    if (Shell.run(List.of("docker", "compose", "version")).exit() == 0) {
      return List.of("docker", "compose");
    }
    if (Shell.run(List.of("docker-compose", "version")).exit() == 0) {
      return List.of("docker-compose");
    }
    return List.of();
  }
}

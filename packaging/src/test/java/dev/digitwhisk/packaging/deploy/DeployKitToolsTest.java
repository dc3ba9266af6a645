package dev.digitwhisk.packaging.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the kit with the tools a user runs it with, where this machine has them: the compose
 * parser (docker compose v2 or docker-compose v1, neither needs a running engine for `config`),
 * a JSON-schema validator for the MinIO policy, and bash's parser for every script.
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

    Result result = run(command);

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

    Result result = run(command);

    assertThat(result.exit()).isNotZero();
    assertThat(result.output()).contains("set MINIO_ROOT_USER in .env");
  }

  @Test
  void clientPolicy_matchesTheS3PolicySchema() throws Exception {
    assumeTrue(run(List.of("python3", "-c", "import jsonschema")).exit() == 0,
        "python3 with jsonschema is not installed; policy schema not checked");
    Path schema = Path.of("src/test/resources/dev/digitwhisk/packaging/deploy/s3-policy.schema.json");
    String script = "import json,sys,jsonschema\n"
        + "policy=json.loads(open(sys.argv[2]).read().replace('${BUCKET}','mnist'))\n"
        + "jsonschema.validate(policy, json.load(open(sys.argv[1])))\n"
        + "print('valid')\n";

    Result result = run(List.of("python3", "-c", script, schema.toString(),
        KIT.resolve("minio/digitwhisk-client-policy.json").toString()));

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("valid");
  }

  @Test
  void scripts_parseWithBash() throws Exception {
    assumeTrue(run(List.of("bash", "--version")).exit() == 0, "bash is not installed");
    for (Path script : List.of(KIT.resolve("deploy.sh"), KIT.resolve("minio/init.sh"),
        Path.of("image/build-action-image.sh"), Path.of("installer/build-installers.sh"), Path.of("verify-deb.sh"))) {
      Result result = run(List.of("bash", "-n", script.toString()));
      assertThat(result.exit()).as(script + ": " + result.output()).isZero();
      assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
    }
  }

  private static List<String> composeCommand() throws Exception {
    if (run(List.of("docker", "compose", "version")).exit() == 0) {
      return List.of("docker", "compose");
    }
    if (run(List.of("docker-compose", "version")).exit() == 0) {
      return List.of("docker-compose");
    }
    return List.of();
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "timed out: " + command);
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException notInstalled) {
      return new Result(-1, notInstalled.getMessage());
    }
  }
}

package dev.digitwhisk.packaging.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.client.cli.Main;
import dev.digitwhisk.packaging.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

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
    for (Path script : List.of(Path.of("image/build-action-image.sh"), Path.of("verify-deb.sh"), KIT.resolve("deploy.sh"))) {
      Shell result = Shell.run(List.of("bash", script.toString(), "--help"));

      assertThat(result.exit()).as(script + ": " + result.output()).isZero();
      assertThat(result.output()).as(script.toString()).contains("usage:");
    }
    for (Path script : List.of(Path.of("image/build-action-image.sh"), KIT.resolve("deploy.sh"))) {
      Shell unknown = Shell.run(List.of("bash", script.toString(), "--no-such-option"));
      assertThat(unknown.exit()).as(script.toString()).isEqualTo(2);
      assertThat(unknown.output()).contains("unknown argument: --no-such-option");
    }
    assertThat(Shell.run(List.of("bash", KIT.resolve("deploy.sh").toString(), "--help")).output())
        .contains("--apihost URL", "--no-pull");
  }

  @Test
  void deployScript_withApiHost_runsOnlyTheDeployStep_withLimitsTheCommandLineAccepts(@TempDir Path tmp) throws Exception {
    FakeTools tools = FakeTools.in(tmp);
    Map<String, String> env = tools.environment(Map.of(
        "DIGITWHISK_ACTION_IMAGE", "me/digitwhisk-action:1.0", "OPENWHISK_AUTH", "uuid:key"));

    Shell result = Shell.run(List.of("bash", "deploy.sh", "--apihost", "http://127.0.0.1:3233"), env, tools.kit());

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("Not pre-pulling");
    assertThat(tools.calls()).as("no compose, no docker: only the deploy step").allMatch(c -> c.startsWith("digitwhisk "));
    List<String> deploy = tools.deployArguments();
    assertThat(deploy).containsSubsequence("--apihost", "http://127.0.0.1:3233")
        .containsSubsequence("--image", "me/digitwhisk-action:1.0").containsSubsequence("--auth", "uuid:key");
    // The real command line reads the script's arguments: the kit's default limits parse and lie in range.
    ParseResult parsed = Main.commandLine().parseArgs(deploy.toArray(String[]::new));
    assertThat(parsed.subcommand().<Duration>matchedOptionValue("--timeout", null)).isEqualTo(Duration.ofSeconds(60));
    assertThat(parsed.subcommand().<Integer>matchedOptionValue("--memory", null)).isEqualTo(256);
  }

  @Test
  void deployScript_prePullsWithTheOpenWhiskContainersDocker_beforeDeploying(@TempDir Path tmp) throws Exception {
    FakeTools tools = FakeTools.in(tmp);
    Files.writeString(tools.kit().resolve(".env"), Files.readString(KIT.resolve(".env.example"))
        .replace("CHANGE-ME-registry-user/", "me/").replace("CHANGE-ME", "changed"));

    Shell result = Shell.run(List.of("bash", "deploy.sh"), tools.environment(Map.of()), tools.kit());

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("pulls it on every cold start");
    assertThat(tools.calls().stream().map(c -> c.replaceFirst("^(digitwhisk deploy) .*", "$1")))
        .containsSubsequence("docker compose up -d",
        "docker compose exec -T openwhisk docker pull me/digitwhisk-action:0.1.0", "digitwhisk deploy");
  }

  @Test
  void deployScript_failedPrePull_stopsBeforeDeploying_andSaysHowToLogIn(@TempDir Path tmp) throws Exception {
    FakeTools tools = FakeTools.in(tmp);
    Files.writeString(tools.kit().resolve(".env"), Files.readString(KIT.resolve(".env.example")).replace("CHANGE-ME", "changed"));

    Shell result = Shell.run(List.of("bash", "deploy.sh"), tools.environment(Map.of("FAIL_PULL", "1")), tools.kit());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output()).contains("could not pull", "exec openwhisk docker login");
    assertThat(tools.calls()).noneMatch(c -> c.startsWith("digitwhisk "));
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

  /**
   * A copy of deploy.sh beside stand-ins for docker, curl and the command line that record each call,
   * so the script's steps and their order can be checked without a Docker engine.
   */
  private record FakeTools(Path kit, Path bin, Path callLog, Path argumentFile) {
    static FakeTools in(Path tmp) throws Exception {
      Path kit = Files.createDirectories(tmp.resolve("deploy"));
      Files.copy(KIT.resolve("deploy.sh"), kit.resolve("deploy.sh"));
      Path bin = Files.createDirectories(tmp.resolve("bin"));
      script(bin.resolve("docker"), """
          echo "docker $*" >> "$CALLS"
          case "$*" in
            "compose ps -q minio-init") echo init-id ;;
            "wait init-id") echo 0 ;;
            *"docker pull"*) [ -z "${FAIL_PULL:-}" ] || exit 1 ;;
          esac
          exit 0""");
      script(bin.resolve("curl"), "exit 0");
      script(bin.resolve("digitwhisk"), """
          echo "digitwhisk $*" >> "$CALLS"
          printf '%s\\n' "$@" > "$ARGUMENTS"
          """);
      return new FakeTools(kit, bin, tmp.resolve("calls.log"), tmp.resolve("arguments.txt"));
    }

    private static void script(Path file, String body) throws Exception {
      Files.writeString(file, "#!/bin/sh\n" + body + "\n");
      assertThat(file.toFile().setExecutable(true)).isTrue();
    }

    Map<String, String> environment(Map<String, String> more) {
      Map<String, String> env = new HashMap<>(more);
      env.put("PATH", bin + ":/usr/bin:/bin");
      env.put("CALLS", callLog.toString());
      env.put("ARGUMENTS", argumentFile.toString());
      env.put("DIGITWHISK", bin.resolve("digitwhisk").toString());
      return env;
    }

    List<String> calls() throws Exception {
      return Files.exists(callLog) ? Files.readAllLines(callLog) : List.of();
    }

    List<String> deployArguments() throws Exception {
      return Files.readAllLines(argumentFile);
    }
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

package dev.digitwhisk.packaging.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.cli.Main;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.packaging.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * deploy.sh's deploy step as a user runs it ({@code --apihost}), with the kit's own defaults and the
 * real command line, against the OpenWhisk controller stand-in, which refuses limits the way a
 * controller does (a time limit under 100 ms is a 400). The kit once passed a bare {@code 60} that
 * became 60 ms: this is the check that the kit's only deploy step creates the action.
 */
class DeployScriptAgainstControllerTest {
  private static final Path KIT = Path.of("deploy");

  @Test
  void deployScript_withTheKitsDefaults_createsTheAction(@TempDir Path tmp) throws Exception {
    try (OpenWhiskStandIn controller = OpenWhiskStandIn.startEmpty("guest")) {
      Map<String, String> environment = Map.of(
          "DIGITWHISK", commandLine(tmp).toString(),
          "DIGITWHISK_ACTION_IMAGE", "example/digitwhisk-action:1.0.0",
          "OPENWHISK_AUTH", controller.auth(),
          "HOME", tmp.toString());

      Shell result = Shell.run(List.of("bash", KIT.resolve("deploy.sh").toString(), "--apihost",
          controller.apiHost().toString()), environment, Path.of("."));

      assertThat(result.exit()).as(result.output()).isZero();
      JsonNode action = controller.action("mnist").orElseThrow(() -> new AssertionError(result.output()));
      assertThat(action.path("exec").path("image").asString()).isEqualTo("example/digitwhisk-action:1.0.0");
      assertThat(action.path("limits").path("timeout").asLong()).isEqualTo(60_000);
      assertThat(action.path("limits").path("memory").asLong()).isEqualTo(256);
    }
  }

  /** A `digitwhisk` for the script: this JVM running the command line's main class on the test class path. */
  private static Path commandLine(Path folder) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path script = folder.resolve("digitwhisk");
    Files.writeString(script, "#!/bin/sh\nexec '%s' -cp '%s' %s \"$@\"\n".formatted(java,
        System.getProperty("java.class.path"), Main.class.getName()));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }
}

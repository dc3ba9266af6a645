package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.invoke.openwhisk.SwaggerCheck;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official JavaScript client ({@code openwhisk} on npm) drives the stand-in: create a blackbox
 * action, invoke it blocking (result only) and non-blocking, read the activation, delete it. Code
 * nobody here wrote checks the stand-in's contract; its requests are checked against the swagger too.
 * Skipped, with the reason, where node or npm is missing or the package cannot be installed (offline).
 */
class OpenWhiskJsClientTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.requestsAndAnswers();

  /** The version the client was read at; its wire behaviour is noted against this one. */
  private static final String CLIENT = "openwhisk@3.21.9";
  private static final Path FOLDER = Path.of("target", "js-client");

  @Test
  void officialJsClient_createsInvokesReadsAndDeletes() throws Exception {
    assumeTrue(runs(List.of("node", "--version"), Path.of("."), 30).exitCode == 0, "node is not installed");
    assumeTrue(runs(List.of("npm", "--version"), Path.of("."), 30).exitCode == 0, "npm is not installed");
    installClient();

    // The images are on the host's loopback: the containers share its network (docker run --network host).
    StandInConfig hostNetwork = StandInConfig.standalone().withHostNetwork();
    try (SandboxFixture fixture = SandboxFixture.start(); OpenWhiskStandIn openwhisk = OpenWhiskStandIn.startEmpty("guest", hostNetwork)) {
      URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
      int expected = fixture.directInvoker().invoke(url, Duration.ofSeconds(30)).result().digit();

      Run run = runs(List.of("node", "js-client-drive.js"), FOLDER, 120, Map.of("APIHOST", openwhisk.apiHost().toString(),
          "AUTH", openwhisk.auth(), "IMAGE", "me/digitwhisk-action:1.0", "URL", url.toString()));
      System.out.println("openwhisk npm client (" + CLIENT + ") said: " + run.output.strip());

      assertThat(run.exitCode).as(run.output).isZero();
      JsonNode out = JsonMapper.builder().build().readTree(lastLine(run.output));
      assertThat(out.path("created").path("name").asString()).isEqualTo("js-client-mnist");
      assertThat(out.path("created").path("namespace").asString()).isEqualTo("guest");
      assertThat(out.path("created").path("image").asString()).isEqualTo("me/digitwhisk-action:1.0");
      assertThat(out.path("created").path("kind").asString()).isEqualTo("blackbox");
      assertThat(out.path("blockingResult").path("res").asInt(-1)).isEqualTo(expected);
      assertThat(out.path("blockingResult").path("code").asInt()).isEqualTo(200);
      assertThat(out.path("blockingResult").path("probabilities")).hasSize(10);
      assertThat(out.path("blockingResult").path("input_png").asString()).startsWith("bytes of base64: ");
      String id = out.path("nonBlocking").path("activationId").asString();
      assertThat(id).hasSize(32);
      assertThat(out.path("activation").path("activationId").asString()).isEqualTo(id);
      assertThat(out.path("activation").path("status").asString()).isEqualTo("success");
      assertThat(out.path("activation").path("result").path("res").asInt(-1)).isEqualTo(expected);
      assertThat(out.path("deleted").path("name").asString()).isEqualTo("js-client-mnist");
      assertThat(out.path("afterDelete").asInt()).isEqualTo(404);
      assertThat(openwhisk.action("js-client-mnist")).isEmpty();
    }
  }

  /** npm install into target/, once per clean build; a failed install (offline) skips the test. */
  private static void installClient() throws Exception {
    Files.createDirectories(FOLDER);
    try (InputStream script = OpenWhiskJsClientTest.class.getResourceAsStream("/openwhisk/js-client-drive.js")) {
      Files.write(FOLDER.resolve("js-client-drive.js"), script.readAllBytes());
    }
    Path installed = FOLDER.resolve("node_modules/openwhisk/package.json");
    if (Files.exists(installed) && Files.readString(installed).contains("\"version\": \"3.21.9\"")) {
      return;
    }
    if (!Files.exists(FOLDER.resolve("package.json"))) {
      Files.writeString(FOLDER.resolve("package.json"), "{\"name\":\"js-client-check\",\"private\":true}\n");
    }
    Run install = runs(List.of("npm", "install", "--no-audit", "--no-fund", CLIENT), FOLDER, 300);
    assumeTrue(install.exitCode == 0, () -> "npm install " + CLIENT + " failed (offline?): " + install.output.strip());
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1];
  }

  private record Run(int exitCode, String output) {}

  private static Run runs(List<String> command, Path dir, int seconds) throws Exception {
    return runs(command, dir, seconds, Map.of());
  }

  private static Run runs(List<String> command, Path dir, int seconds, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Run(-1, e.getMessage());
    }
    p.getOutputStream().close();
    // Read while it runs so a chatty install cannot fill the pipe and stall.
    var output = new java.util.concurrent.CompletableFuture<String>();
    Thread.ofVirtual().start(() -> {
      try {
        output.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.complete(e.getMessage());
      }
    });
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Run(-1, command + " ran past " + seconds + " s");
    }
    return new Run(p.exitValue(), output.get(10, TimeUnit.SECONDS));
  }
}

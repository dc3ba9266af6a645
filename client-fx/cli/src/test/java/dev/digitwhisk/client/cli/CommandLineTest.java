package dev.digitwhisk.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.sandbox.Sandbox;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line against real servers on loopback: the sandbox, and the OpenWhisk stand-in. */
class CommandLineTest {
  private static SandboxFixture fixture;
  private static ApiGatewayRoute route;
  @TempDir Path dir;

  @BeforeAll
  static void startServers() throws Exception {
    fixture = SandboxFixture.start();
    route = ApiGatewayRoute.start(fixture.sandbox().actionUrl());
  }

  @AfterAll
  static void stopServers() {
    route.close();
    fixture.close();
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    assertThat(fixture.objects()).as("objects left in the sandbox bucket").isEmpty();
  }

  /** The original recipe's mnist_demo.py option names, pointed at the running sandbox. */
  private static List<String> recipeOptions() {
    Sandbox sandbox = fixture.sandbox();
    URI store = sandbox.store().endpoint();
    return List.of("--endpoint=" + store.getHost() + ":" + store.getPort(),
        "--access_key=" + sandbox.store().accessKey(), "--secret_key=" + sandbox.store().secretKey(),
        "--bucket_name=" + Sandbox.BUCKET, "--mnist_api=" + route.uri());
  }

  private static String[] args(List<String> first, String... rest) {
    List<String> all = new ArrayList<>(first);
    all.addAll(Arrays.asList(rest));
    return all.toArray(String[]::new);
  }

  private Path seven(String name) throws Exception {
    return Files.write(dir.resolve(name), TestImages.drawnSeven("png"));
  }

  @Test
  void help_listsEveryCommandAndTheExitCodes() {
    Cli cli = Cli.run("--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("classify", "deploy", "doctor", "sandbox", "3   a server could not be reached");
  }

  @Test
  void version_namesTheProgram() {
    assertThat(Cli.run("--version").out()).startsWith("digitwhisk");
  }

  @Test
  void classify_unknownOption_isUsageError() {
    Cli cli = Cli.run("classify", "--no-such-option", "x.png");
    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("--no-such-option");
  }

  @Test
  void classify_nothingToClassify_isUsageError() {
    assertThat(Cli.run("classify").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void classify_recipeOptionNames_classifiesTheFileAsSeven() throws Exception {
    Path seven = seven("seven.png");
    Cli cli = Cli.run(args(List.of("classify"), args(recipeOptions(), "--file=" + seven)));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("seven.png → 7");
  }

  @Test
  void classify_batchWithFailuresMixedIn_reportsEachAsJsonAndExitsOne() throws Exception {
    Path images = Files.createDirectory(dir.resolve("batch"));
    for (int i = 0; i < 4; i++) {
      Files.write(images.resolve("seven-" + i + ".png"), TestImages.drawnSeven("png"));
    }
    Files.writeString(images.resolve("not-an-image.png"), "hello, not a picture");
    Files.write(images.resolve("blank.png"), TestImages.blankPng());

    Cli cli = Cli.run(args(List.of("classify", "--json", "--concurrency", "3"), args(recipeOptions(), images.toString())));

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.SOME_FAILED);
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(6).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    assertThat(lines.stream().filter(l -> l.contains("\"digit\":7"))).hasSize(4);
    assertThat(lines.stream().filter(l -> l.contains("\"ok\":false"))).hasSize(2);
    assertThat(lines).allSatisfy(line -> assertThat(line).contains("\"deleted\":true").doesNotContain("X-Amz-Signature"));
    assertThat(cli.err()).contains("6 images: 4 classified, 2 failed", "p50 / p95");
  }

  /** Over OpenWhisk's REST API, --json keeps the action's own code, message and advice for each failure. */
  @Test
  void classify_overRest_printsTheActionsSpecificFailuresAsJson() throws Exception {
    byte[] png = TestImages.drawnSeven("png");
    Path blank = Files.write(dir.resolve("blank.png"), TestImages.blankPng());
    Path damaged = Files.write(dir.resolve("damaged.png"), Arrays.copyOf(png, png.length / 2));
    Path seven = seven("seven.png");
    // The sandbox's store is on the host's loopback: the containers share its network.
    try (OpenWhiskStandIn openWhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork())) {
      List<String> rest = new ArrayList<>(recipeOptions().subList(0, 4));
      rest.addAll(List.of("--apihost=" + openWhisk.apiHost(), "--auth=" + openWhisk.auth(), "--namespace=guest"));
      Cli refused = Cli.run(args(List.of("classify", "--json"), args(rest, blank.toString(), damaged.toString())));
      // The activation starts after the URL's 2 s are over.
      openWhisk.runDelay(Duration.ofSeconds(3));
      Cli expired = Cli.run(args(List.of("classify", "--json", "--presign-expiry=2s"), args(rest, seven.toString())));
      System.out.println("digitwhisk classify --json over REST:\n" + refused.out() + expired.out());

      assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(refused.out()).contains("\"image\":\"blank.png\"", "\"kind\":\"NO_DIGIT\"", "\"code\":422",
          "No digit found: the image is blank or nearly uniform.", "Draw or choose an image with one clearly visible digit.");
      assertThat(refused.out()).contains("\"image\":\"damaged.png\"", "\"kind\":\"IMAGE_REJECTED\"", "\"code\":415",
          "The PNG file is damaged or cut short and cannot be decoded.");
      assertThat(expired.out()).contains("\"kind\":\"IMAGE_NOT_FETCHED\"", "\"code\":403", "has expired; make a new one",
          "make sure the store's endpoint is reachable from where the action runs");
      assertThat(refused.out() + expired.out()).doesNotContain("X-Amz-Signature");
    }
  }

  @Test
  void classify_number_printsTheNumberPerFile() throws Exception {
    Path number = Files.write(dir.resolve("717.png"), TestImages.drawnNumber("717"));
    Path seven = seven("seven.png");

    Cli cli = Cli.run(args(List.of("classify", "--number", "--concurrency", "1"), args(recipeOptions(),
        number.toString(), seven.toString())));

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("717\\.png → 717 \\(\\d+\\.\\d %\\)").contains("seven.png → 7 (");
  }

  @Test
  void classify_numberJson_hasTheDigitsWithTheirBoxes() throws Exception {
    Path number = Files.write(dir.resolve("1771.png"), TestImages.drawnNumber("1771"));

    Cli cli = Cli.run(args(List.of("classify", "--number", "--json"), args(recipeOptions(), number.toString())));

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(cli.out());
    assertThat(json.path("text").asString()).isEqualTo("1771");
    assertThat(json.path("digits")).hasSize(4);
    tools.jackson.databind.JsonNode last = json.path("digits").get(3);
    assertThat(last.path("digit").intValue()).isEqualTo(1);
    assertThat(last.path("box").path("x").intValue()).isBetween(3 * 140, 4 * 140);
    assertThat(last.path("box").path("height").intValue()).isGreaterThan(60);
    assertThat(last.path("probabilities")).hasSize(10);
    assertThat(last.has("unsure")).isTrue();
    assertThat(json.path("deleted").booleanValue()).isTrue();
  }

  @Test
  void classify_numberOfABlankPage_failsWithTheActionsReason() throws Exception {
    Path blank = Files.write(dir.resolve("blank.png"), TestImages.blankPng());

    Cli cli = Cli.run(args(List.of("classify", "--number"), args(recipeOptions(), blank.toString())));

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(cli.out()).contains("blank.png → failed", "what to do");
  }

  @Test
  void classify_batch_groupsImagesIntoActivations_andPerActivationOneIsOneEach() throws Exception {
    Path images = Files.createDirectory(dir.resolve("grouped"));
    for (int i = 0; i < 6; i++) {
      Files.write(images.resolve("seven-" + i + ".png"), TestImages.drawnSeven("png"));
    }
    List<String> batch = List.of("classify", "--json", "--concurrency", "3");

    // Straight to the action container, which gives every activation an id.
    List<String> direct = new ArrayList<>(recipeOptions().subList(0, 4));
    direct.add("--action-url=" + fixture.sandbox().actionUrl());
    Cli grouped = Cli.run(args(batch, args(direct, images.toString())));
    Cli single = Cli.run(args(batch, args(direct, "--per-activation", "1", images.toString())));

    assertThat(grouped.exitCode()).as(grouped.err()).isZero();
    assertThat(grouped.err()).contains("6 images: 6 classified, 0 failed", "images/s, 3 activations)"); // groups of ceil(6 / 3)
    assertThat(activationIds(grouped)).hasSize(3);
    assertThat(single.exitCode()).as(single.err()).isZero();
    assertThat(single.err()).contains("images/s, 6 activations)");
    assertThat(activationIds(single)).hasSize(6);
  }

  private static java.util.Set<String> activationIds(Cli cli) {
    return cli.out().lines().map(line -> line.replaceAll(".*\"activation\":\"([0-9a-f]+)\".*", "$1"))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void classify_perActivationOutsideTheActionsLimit_saysWhatIsAllowed() throws Exception {
    Cli cli = Cli.run(args(List.of("classify", "--per-activation", "17"), args(recipeOptions(), seven("a.png").toString())));
    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.err()).contains("per-activation", "1 to 16", "'17'");
  }

  @Test
  void classify_storeUnreachable_exitsThree() throws Exception {
    Path seven = seven("seven.png");
    Cli cli = Cli.run("classify", "--endpoint=127.0.0.1:1", "--access_key=a", "--secret_key=b",
        "--action-url=" + fixture.sandbox().actionUrl(), seven.toString());
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(cli.out()).contains("failed", "what to do");
  }

  @Test
  void doctor_runningSandbox_allChecksPass() {
    Cli cli = Cli.run(args(List.of("doctor"), args(recipeOptions())));
    assertThat(cli.exitCode()).as(cli.out()).isZero();
    assertThat(cli.out()).contains("All good.");
  }

  @Test
  void doctor_storeUnreachable_saysWhatToFixAndExitsThree() {
    Cli cli = Cli.run("doctor", "--endpoint=127.0.0.1:1", "--access_key=a", "--secret_key=b",
        "--action-url=" + fixture.sandbox().actionUrl());
    assertThat(cli.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(cli.out()).contains("FAIL", "fix:");
  }

  @Test
  void doctor_wrongSecretKey_failsTheKeyCheck() {
    URI store = fixture.sandbox().store().endpoint();
    Cli cli = Cli.run("doctor", "--endpoint=" + store.getHost() + ":" + store.getPort(),
        "--access_key=" + fixture.sandbox().store().accessKey(), "--secret_key=wrong",
        "--action-url=" + fixture.sandbox().actionUrl());
    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.out()).containsPattern("FAIL\\s+Store keys valid");
  }

  @Test
  void deploy_createsThenUpdatesTheActionAndWarnsAboutLatest() throws Exception {
    try (OpenWhiskStandIn openWhisk = OpenWhiskStandIn.startEmpty("guest")) {
      String[] common = {"--apihost=" + openWhisk.apiHost(), "--auth=" + openWhisk.auth(), "--namespace=guest"};
      Cli created = Cli.run(args(List.of("deploy", "--image=user/digitwhisk-action:latest"), common));
      assertThat(created.exitCode()).as(created.err()).isZero();
      assertThat(created.err()).contains("warning");
      assertThat(created.out()).contains("/api/v1/namespaces/guest/actions/mnist", "/api/v1/web/guest/");
      assertThat(openWhisk.action("mnist").orElseThrow().path("limits").path("timeout").asLong()).isEqualTo(60_000);
      assertThat(openWhisk.action("mnist").orElseThrow().path("limits").path("memory").asInt()).isEqualTo(256);

      Cli updated = Cli.run(args(List.of("deploy", "--image=user/digitwhisk-action:1.1", "--memory=512"), common));
      assertThat(updated.exitCode()).isZero();
      assertThat(updated.err()).doesNotContain("warning");
      assertThat(openWhisk.action("mnist").orElseThrow().toString()).contains("user/digitwhisk-action:1.1", "512");
    }
  }

  @Test
  void deploy_limitWithoutUnitOrOutOfRange_isUsageError_andNothingIsSent() throws Exception {
    try (OpenWhiskStandIn openWhisk = OpenWhiskStandIn.startEmpty("guest")) {
      String[] common = {"--apihost=" + openWhisk.apiHost(), "--auth=" + openWhisk.auth(), "--namespace=guest",
          "--image=user/digitwhisk-action:1.0"};
      Cli bare = Cli.run(args(List.of("deploy", "--timeout=60"), common));
      Cli tooShort = Cli.run(args(List.of("deploy", "--timeout=60ms"), common));
      Cli tooBig = Cli.run(args(List.of("deploy", "--memory=1024MB"), common));

      assertThat(bare.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(bare.err()).contains("--timeout", "no unit", "60s", "60ms");
      assertThat(tooShort.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(tooShort.err()).contains("60ms is below the minimum of 100ms", "100ms to 300s");
      assertThat(tooBig.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(tooBig.err()).contains("1024MB exceeds the maximum of 512MB");
      assertThat(openWhisk.action("mnist")).isEmpty();
    }
  }

  @Test
  void deploy_withoutApiHost_isUsageError() {
    Cli cli = Cli.run("deploy", "--image=user/img:1.0", "--auth=a:b");
    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("--apihost");
  }

  @Test
  void launcher_childProcess_printsVersion() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--version")
        .redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("digitwhisk");
  }
}

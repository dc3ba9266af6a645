package dev.digitwhisk.action.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ActionClient.Answer;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real image, built here with podman from the Dockerfile (on a locally made base, no registry)
 * and started as OpenWhisk would: {@code --memory 256m}, port 8080 published on loopback. The store
 * stays on 127.0.0.1; slirp4netns with {@code allow_host_loopback} lets the container reach it as
 * 10.0.2.2. Skips with the reason when podman is missing. Runs after {@code package} (failsafe).
 */
@Tag("container")
@Tag("slow")
class ContainerImageIT {
  private static final String SENTINEL = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX";
  private static final String TAG = "localhost/digitwhisk-action:it";
  private static Podman podman;
  private static ImageServer store;
  private static String container;
  private static int port;
  private static long coldStartMillis;

  @BeforeAll
  static void buildAndStart() throws Exception {
    String reason = Podman.unavailableReason();
    assumeTrue(reason == null, () -> "container test skipped: " + reason);
    Path module = Path.of(System.getProperty("digitwhisk.action.module", "."));
    assumeTrue(Files.exists(module.resolve("target/image/app.jar")),
        "container test skipped: target/image/app.jar is missing (run the package phase first)");
    podman = new Podman(module);
    Podman.Result build = podman.shell(900, "image/build-image.sh " + TAG);
    assertThat(build.ok()).as("image build:\n%s\n%s", build.out(), build.err()).isTrue();

    store = ImageServer.start().bytes("/digit.png", TestImages.png());
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    long started = System.nanoTime();
    Podman.Result run = podman.podman(120, "run", "-d", "--rm", "--memory", "256m",
        "--network", "slirp4netns:allow_host_loopback=true", "-p", "127.0.0.1:" + port + ":8080", TAG);
    assertThat(run.ok()).as("podman run: %s", run.err()).isTrue();
    container = run.out().strip();
    try (ActionClient client = new ActionClient(URI.create("http://127.0.0.1:" + port))) {
      String body = "{\"value\":{\"image\":\"" + Base64.getEncoder().encodeToString(TestImages.png()) + "\"},\"activation_id\":\"cold\"}";
      long until = System.nanoTime() + 60_000_000_000L;
      while (true) {
        try {
          Answer answer = client.post("/run", body);
          if (answer.code() == 200) {
            break;
          }
        } catch (java.io.IOException e) {
          // not listening yet
        }
        assertThat(System.nanoTime()).as("container never answered /run").isLessThan(until);
        Thread.sleep(5);
      }
    }
    coldStartMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("container cold start (podman run -> first /run answered): %d ms%n", coldStartMillis);
  }

  @AfterAll
  static void stop() throws Exception {
    if (container != null) {
      podman.podman(60, "rm", "-f", container);
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void container_answersInitAndRun_likeTheInvokerExpects() throws Exception {
    try (ActionClient client = new ActionClient(URI.create("http://127.0.0.1:" + port))) {
      Answer init = client.post("/init", "{\"value\":{\"name\":\"mnist\",\"main\":\"main\",\"code\":\"\",\"env\":{}}}");
      assertThat(init.status()).isEqualTo(200);
      Answer again = client.post("/init", "{}");
      assertThat(again.status()).isEqualTo(403);
      assertThat(again.error()).isEqualTo("Cannot initialize the action more than once.");

      String url = "http://10.0.2.2:" + store.port() + "/digit.png?X-Amz-Signature=CONTAINERSECRET";
      Answer byUrl = client.post("/run", "{\"value\":{\"url\":\"" + url + "\"},\"activation_id\":\"by-url\"}");
      assertThat(byUrl.code()).as(byUrl.text()).isEqualTo(200);
      assertThat(byUrl.res()).isBetween(0, 9);
      assertThat(byUrl.json().path("probabilities")).hasSize(10);

      Answer missing = client.post("/run", "{\"value\":{\"url\":\"http://10.0.2.2:" + store.port() + "/nope.png\"}}");
      assertThat(missing.code()).isEqualTo(404);
      Answer metadata = client.post("/run", "{\"value\":{\"url\":\"http://169.254.169.254/latest/meta-data/\"}}");
      assertThat(metadata.code()).isEqualTo(403);
    }
  }

  @Test
  void container_logs_endEveryActivationWithTheSentinel_andHideSecrets() throws Exception {
    try (ActionClient client = new ActionClient(URI.create("http://127.0.0.1:" + port))) {
      for (int i = 0; i < 3; i++) {
        client.post("/run", "{\"value\":{\"url\":\"http://10.0.2.2:" + store.port() + "/digit.png\"},\"activation_id\":\"log-" + i + "\"}");
      }
    }
    Thread.sleep(300);
    Podman.Result logs = podman.podman(60, "logs", container);
    List<String> out = Podman.lines(logs.out());
    List<String> err = Podman.lines(logs.err());
    assertThat(out).contains(SENTINEL);
    assertThat(out.getLast()).isEqualTo(SENTINEL);
    assertThat(err.getLast()).isEqualTo(SENTINEL);
    assertThat(out.stream().filter(SENTINEL::equals).count()).isEqualTo(err.stream().filter(SENTINEL::equals).count());
    assertThat(out).anySatisfy(l -> assertThat(l).contains("activation=log-2"));
    assertThat(logs.out() + logs.err()).doesNotContain("CONTAINERSECRET");
  }

  @Test
  void container_respectsTheMemoryLimit_andRunsAsNonRoot() throws Exception {
    Podman.Result memory = podman.podman(60, "inspect", "--format", "{{.HostConfig.Memory}}", container);
    assertThat(memory.out().strip()).isEqualTo(String.valueOf(256L * 1024 * 1024));
    Podman.Result user = podman.podman(60, "inspect", "--format", "{{.Config.User}}", TAG);
    assertThat(user.out().strip()).isEqualTo("10001:10001");
    try (ActionClient client = new ActionClient(URI.create("http://127.0.0.1:" + port))) {
      String body = "{\"value\":{\"url\":\"http://10.0.2.2:" + store.port() + "/digit.png\"}}";
      for (int i = 0; i < 200; i++) {
        assertThat(client.post("/run", body).code()).isEqualTo(200);
      }
    }
    Podman.Result state = podman.podman(60, "inspect", "--format", "{{.State.Running}} {{.State.OOMKilled}}", container);
    assertThat(state.out().strip()).isEqualTo("true false");
    Podman.Result stats = podman.podman(60, "stats", "--no-stream", "--format", "{{.MemUsage}}", container);
    System.out.println("container memory after 200 activations: " + stats.out().strip());
  }
}

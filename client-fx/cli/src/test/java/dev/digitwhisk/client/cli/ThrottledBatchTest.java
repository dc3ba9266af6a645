package dev.digitwhisk.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.sandbox.Sandbox;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand MNIST test digits through {@code digitwhisk classify} over the OpenWhisk REST API, with
 * the stand-in throttling as standalone does by default (60 activations a calendar minute, 30 in
 * flight, 429 without {@code Retry-After}): the batch waits the limit out and loses nothing.
 */
@Tag("slow")
class ThrottledBatchTest {
  private static final int IMAGES = 1_000;

  @TempDir Path dir;

  @Test
  void thousandImages_throughStandalonesDefaultThrottle_allClassified_nothingLeft() throws Exception {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTest(), "MNIST test files not found: " + MnistFiles.HOW_TO_GET);
    MnistSet test = files.get().readTest();
    for (int i = 0; i < IMAGES; i++) {
      Files.write(dir.resolve("mnist-%04d-%d.png".formatted(i, test.label(i))),
          ModelInput.ofMnist(test.images().image(i)).toPng());
    }
    AtomicInteger throttled = new AtomicInteger();
    // The sandbox's store is on the host's loopback: the containers share its network, as in the compose kit.
    try (SandboxFixture fixture = SandboxFixture.start();
        OpenWhiskStandIn openWhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork());
        AutoCloseable watch = OpenWhiskStandIn.observeExchanges(e -> {
          if (e.status() == 429) {
            throttled.incrementAndGet();
          }
        })) {
      Sandbox sandbox = fixture.sandbox();
      URI store = sandbox.store().endpoint();
      startEarlyInACalendarMinute();
      long start = System.nanoTime();
      Cli cli = Cli.run("classify", dir.toString(), "--json", "--no-progress", "--concurrency", "8",
          "--endpoint=" + store.getHost() + ":" + store.getPort(), "--access_key=" + sandbox.store().accessKey(),
          "--secret_key=" + sandbox.store().secretKey(), "--bucket_name=" + Sandbox.BUCKET,
          "--apihost=" + openWhisk.apiHost(), "--auth=" + openWhisk.auth(), "--namespace=guest");
      double seconds = (System.nanoTime() - start) / 1e9;

      List<String> lines = cli.out().lines().toList();
      long right = lines.stream().filter(l -> l.matches(".*mnist-\\d{4}-(\\d)\\.png.*\"digit\":\\1[,}].*")).count();
      String summary = cli.err().lines().filter(l -> l.matches("\\d+ images: .*")).findFirst().orElse(cli.err());
      System.out.printf("%d images through standalone's default throttle in %.1f s: %s; %d answers were 429 and "
          + "were waited out; %d of %d digits right%n", IMAGES, seconds, summary, throttled.get(), right, IMAGES);

      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(lines).hasSize(IMAGES).allSatisfy(line -> assertThat(line).contains("\"ok\":true", "\"deleted\":true"));
      assertThat(summary).contains(IMAGES + " images: " + IMAGES + " classified, 0 failed", "63 activations");
      assertThat(throttled.get()).as("429 answers: the 61st activation of the minute must have been refused").isPositive();
      assertThat(right).as("digits read right").isGreaterThanOrEqualTo(980);
      assertThat(fixture.objects()).as("objects left in the bucket").isEmpty();
    }
  }

  /**
   * The controller counts activations per calendar minute: a run that straddles a minute's end could
   * spread its 63 activations over two minutes and never meet the limit. Starting in a minute's first
   * half leaves the first 60 activations half a minute, several times what they need.
   */
  private static void startEarlyInACalendarMinute() throws InterruptedException {
    long intoMinute = System.currentTimeMillis() % 60_000;
    if (intoMinute > 20_000) {
      Thread.sleep(60_000 - intoMinute + 200);
    }
  }
}

package dev.digitwhisk.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.testing.TestImages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sandbox` prints settings another client can use; the original recipe's demo invocation then works unchanged. */
class SandboxCommandTest {
  @TempDir Path dir;

  @Test
  void sandbox_printedRecipeInvocation_classifiesWithTheRecipesOptionNames() throws Exception {
    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread running = new Thread(() -> {
      picocli.CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(new StringWriter(), true));
      exit.set(cli.execute("sandbox", "--run-for=PT2M"));
    }, "sandbox-command");
    running.start();
    try {
      String recipeLine = awaitLine(out, "python mnist_demo.py ");
      assertThat(out.toString()).contains("store (S3):", "action:", "API route:");

      Path digit = Files.write(dir.resolve("digit.png"), TestImages.drawnSeven("png"));
      List<String> args = new ArrayList<>(List.of("classify"));
      for (String word : recipeLine.substring(recipeLine.indexOf("mnist_demo.py") + "mnist_demo.py".length()).trim().split(" ")) {
        args.add(word.replace("--file=digit.png", "--file=" + digit));
      }
      Cli cli = Cli.run(args.toArray(String[]::new));

      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(cli.out()).contains("digit.png → 7");
    } finally {
      running.interrupt();
      running.join(30_000);
    }
    assertThat(running.isAlive()).isFalse();
  }

  private static String awaitLine(StringWriter out, String prefix) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      for (String line : out.toString().lines().toList()) {
        if (line.trim().startsWith(prefix)) {
          return line.trim();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line starting with '" + prefix + "' in:\n" + out);
  }
}

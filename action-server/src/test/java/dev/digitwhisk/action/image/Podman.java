package dev.digitwhisk.action.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs podman (or the image scripts) with the module's podman settings, capturing the output. */
final class Podman {
  /** What a command printed and how it ended. */
  record Result(int exit, String out, String err) {
    boolean ok() {
      return exit == 0;
    }
  }

  private final Path module;

  Podman(Path module) {
    this.module = module;
  }

  /** Why container tests cannot run here, or null when podman works. */
  static String unavailableReason() {
    try {
      Process p = new ProcessBuilder("podman", "--version").redirectErrorStream(true).start();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "podman is installed but does not work: " + new String(p.getInputStream().readAllBytes()).strip();
      }
      return null;
    } catch (IOException e) {
      return "podman is not installed (scripts/install-test-deps.sh installs it on Debian/Ubuntu)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** {@code podman ARGS…} with the settings of image/podman-env.sh. */
  Result podman(long timeoutSeconds, String... args) throws IOException, InterruptedException {
    StringBuilder line = new StringBuilder(". image/podman-env.sh && exec podman");
    for (String a : args) {
      line.append(" '").append(a.replace("'", "'\\''")).append('\'');
    }
    return shell(timeoutSeconds, line.toString());
  }

  Result shell(long timeoutSeconds, String command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("podman-out", ".txt");
    Path err = Files.createTempFile("podman-err", ".txt");
    try {
      Process p = new ProcessBuilder(List.of("bash", "-c", command)).directory(module.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return new Result(124, Files.readString(out), Files.readString(err) + "\n(timed out after " + timeoutSeconds + " s)");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }
}

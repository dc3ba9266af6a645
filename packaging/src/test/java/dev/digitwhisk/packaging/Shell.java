package dev.digitwhisk.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One command run for a test: its exit status and its output (stdout and stderr together). */
public record Shell(int exit, String output) {
  private static final long TIME_LIMIT_SECONDS = 180;

  public static Shell run(List<String> command) throws InterruptedException {
    return run(command, Map.of(), null);
  }

  /** Runs {@code command} in {@code folder} (null: the current one) with {@code environment} added. */
  public static Shell run(List<String> command, Map<String, String> environment, Path folder) throws InterruptedException {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(environment);
      if (folder != null) {
        builder.directory(folder.toFile());
      }
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Shell(-1, "timed out: " + command);
      }
      return new Shell(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException notInstalled) {
      return new Shell(-1, notInstalled.getMessage());
    }
  }

  /** Whether {@code tool} is on this machine's PATH. */
  public static boolean has(String tool) throws InterruptedException {
    return run(List.of("sh", "-c", "command -v \"$0\"", tool)).exit() == 0;
  }
}

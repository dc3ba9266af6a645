package dev.digitwhisk.action.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action server as OpenWhisk runs it: its own JVM started through {@code main}, so the test sees
 * exactly what goes to stdout and stderr (the sentinels, the log lines) as the invoker would.
 */
public final class ChildAction implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  private final Process process;
  private final List<String> out = new ArrayList<>();
  private final List<String> err = new ArrayList<>();
  private final Thread outReader;
  private final Thread errReader;
  private final int port;

  private ChildAction(Process process) throws IOException, InterruptedException {
    this.process = process;
    this.outReader = pump(process.getInputStream(), out);
    this.errReader = pump(process.getErrorStream(), err);
    this.port = awaitLine(LISTENING, Duration.ofSeconds(30)).map(m -> Integer.parseInt(m.group(1)))
        .orElseThrow(() -> new IOException("the action did not start: " + stdout() + stderr()));
    awaitLine(Pattern.compile("ready \\d+ ms after start|failed to load"), Duration.ofSeconds(60));
  }

  /** Starts {@code java … dev.digitwhisk.action.ActionServer} on an ephemeral loopback port. */
  public static ChildAction start(Map<String, String> extraEnv) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "dev.digitwhisk.action.ActionServer");
    Map<String, String> env = builder.environment();
    env.put("PORT", "0");
    env.put("DIGITWHISK_BIND", "127.0.0.1");
    env.put("ORT_DISABLE_TELEMETRY", "1");
    env.put("LANG", "C");
    env.put("LC_ALL", "C");
    env.putAll(new HashMap<>(extraEnv));
    return new ChildAction(builder.start());
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public boolean alive() {
    return process.isAlive();
  }

  public List<String> stdout() {
    synchronized (out) {
      return List.copyOf(out);
    }
  }

  public List<String> stderr() {
    synchronized (err) {
      return List.copyOf(err);
    }
  }

  /** Waits until both streams hold {@code count} sentinels (the writes race the HTTP answer). */
  public void awaitSentinels(String sentinel, int count) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until && (count(stdout(), sentinel) < count || count(stderr(), sentinel) < count)) {
      Thread.sleep(10);
    }
  }

  public static long count(List<String> lines, String line) {
    return lines.stream().filter(line::equals).count();
  }

  /** The first line on either stream that {@code pattern} finds, waiting up to {@code timeout}. */
  public java.util.Optional<Matcher> awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until && process.isAlive()) {
      for (String line : stdout()) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return java.util.Optional.of(m);
        }
      }
      for (String line : stderr()) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return java.util.Optional.of(m);
        }
      }
      Thread.sleep(10);
    }
    return java.util.Optional.empty();
  }

  private static Thread pump(InputStream stream, List<String> lines) {
    Thread t = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException e) {
        // The process ended.
      }
    }, "child-action-pump");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    outReader.join(2000);
    errReader.join(2000);
  }
}

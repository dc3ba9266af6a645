package dev.digitwhisk.action;

import dev.digitwhisk.action.fetch.FetchPolicy;
import dev.digitwhisk.action.startup.TrainingRun;
import dev.digitwhisk.model.ModelCard;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the action as the container runs it, configured by environment variables:
 * {@code PORT} (8080), {@code DIGITWHISK_BIND} (0.0.0.0), {@code DIGITWHISK_MODEL} (an .onnx file
 * instead of the shipped model), {@code DIGITWHISK_ALLOW_LINK_LOCAL} ("true" lets URLs reach
 * 169.254.0.0/16 and metadata addresses), {@code DIGITWHISK_HTTP_THREADS} (16),
 * {@code DIGITWHISK_CONCURRENT_IMAGES} (2 × cores, 4..16).
 */
final class ServerMain {
  private ServerMain() {}

  static void run(Map<String, String> env) throws Exception {
    // A client that stops sending mid-request must not hold a thread for ever (seconds).
    System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "60"));
    long started = System.nanoTime();
    // OpenWhisk reads the logs as UTF-8 whatever the container's locale; a POSIX locale would turn ❄ into ?.
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    ActionServerConfig.Builder config = ActionServerConfig.builder()
        .out(out)
        .err(err)
        .host(env.getOrDefault("DIGITWHISK_BIND", "0.0.0.0"))
        .port(intOf(env, "PORT", 8080))
        .fetchPolicy(FetchPolicy.defaults().withBlockLinkLocal(!"true".equalsIgnoreCase(env.get("DIGITWHISK_ALLOW_LINK_LOCAL"))))
        .environment(env)
        .warmUp(!"false".equalsIgnoreCase(env.get("DIGITWHISK_WARM_UP")));
    if (env.containsKey("DIGITWHISK_HTTP_THREADS")) {
      config.handlerThreads(intOf(env, "DIGITWHISK_HTTP_THREADS", 16));
    }
    if (env.containsKey("DIGITWHISK_CONCURRENT_IMAGES")) {
      config.concurrentImages(intOf(env, "DIGITWHISK_CONCURRENT_IMAGES", 4));
    }
    String model = env.get("DIGITWHISK_MODEL");
    if (model != null && !model.isBlank()) {
      config.modelFile(Path.of(model));
    }
    ActionServer server = ActionServer.start(config.build());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "action-shutdown"));
    synchronized (out) {
      out.println("digitwhisk action listening on port " + server.port());
      out.flush();
    }
    boolean loaded = server.awaitModel();
    synchronized (out) {
      if (loaded) {
        ModelCard card = server.modelCard().orElseThrow();
        out.printf("model %s (sha256 %s) ready %d ms after start%n", card.name(),
            card.sha256().substring(0, Math.min(12, card.sha256().length())), (System.nanoTime() - started) / 1_000_000);
      } else {
        err.println("the model failed to load; every /run answers 500 with the reason");
        err.flush();
      }
      out.flush();
    }
  }

  /** {@code --train}: the class-data training workload against a quiet action on loopback. */
  static void train() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (ActionServer action = ActionServer.start(ActionServerConfig.builder().out(quiet).err(quiet).build())) {
      TrainingRun.sendTo(action.baseUri());
    }
  }

  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), false, StandardCharsets.UTF_8);
  }

  private static int intOf(Map<String, String> env, String key, int fallback) {
    String value = env.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
    }
  }
}

package dev.digitwhisk.model.training;

import java.nio.file.Path;

/**
 * Keeps DJL off the network. The PyTorch natives come from the {@code pytorch-native-cpu} jar and
 * unpack (≈ 432 MiB) into a cache below {@code target/}; without these settings DJL would look in
 * {@code ~/.djl.ai}, try to download natives and phone home. Must run before any DJL class loads.
 */
public final class DjlOffline {
  private DjlOffline() {}

  /** Sets DJL's offline, tracking and cache properties unless the caller already set them. */
  public static void configure(Path cacheDir) {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
    String dir = cacheDir.toAbsolutePath().toString();
    setIfAbsent("DJL_CACHE_DIR", dir);
    setIfAbsent("ENGINE_CACHE_DIR", dir);
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_threads", String.valueOf(Runtime.getRuntime().availableProcessors()));
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  /** The default cache: {@code target/djl-cache} of this module, else of the working folder. */
  public static Path defaultCacheDir() {
    Path module = Path.of("model/training");
    Path base = module.resolve("pom.xml").toFile().isFile() ? module : Path.of("");
    return base.resolve("target/djl-cache");
  }

  private static void setIfAbsent(String key, String value) {
    String current = System.getProperty(key);
    if (current == null || current.isBlank()) {
      System.setProperty(key, value);
    }
  }
}

package dev.digitwhisk.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one ONNX Runtime environment of this JVM, set up the way a server wants it: telemetry off
 * (also set {@code ORT_DISABLE_TELEMETRY=1} in the environment, which covers the native side before
 * Java gets a say) and no litter. ONNX Runtime unpacks its natives into a fresh
 * {@code onnxruntime-java*} folder under {@code java.io.tmpdir} on every start, even when
 * {@code onnxruntime.native.path} points at pre-extracted libraries, and leaves that folder behind;
 * we delete exactly the folder it made once the libraries are loaded.
 */
final class OrtRuntime {
  private static OrtEnvironment environment;

  private OrtRuntime() {}

  static synchronized OrtEnvironment environment() throws ModelException {
    if (environment == null) {
      try {
        OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "digitwhisk");
        env.setTelemetry(false);
        environment = env;
      } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
        throw new ModelException("ONNX Runtime could not start on this machine: " + e.getMessage(), e);
      } finally {
        removeTempFolder();
      }
    }
    return environment;
  }

  /** Deletes the folder ONNX Runtime extracted into, if it is empty now; otherwise once the JVM ends. */
  private static void removeTempFolder() {
    Path folder = extractionFolder();
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    if (!deleteIfEmpty(folder)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "onnxruntime-temp-cleanup"));
    }
  }

  private static Path extractionFolder() {
    try {
      Class<?> runtime = Class.forName("ai.onnxruntime.OnnxRuntime");
      Field field = runtime.getDeclaredField("tempDirectory");
      field.setAccessible(true);
      return field.get(null) instanceof Path path ? path : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A future ONNX Runtime may name it differently; a leftover empty folder is harmless.
      return null;
    }
  }

  private static boolean deleteIfEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        return false;
      }
      Files.deleteIfExists(folder);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      entries.forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      return;
    }
    folder.toFile().delete();
  }
}

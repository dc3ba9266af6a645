package dev.digitwhisk.model.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Serialises a trained network to ONNX bytes and files. */
public final class OnnxExport {
  private OnnxExport() {}

  public static byte[] toBytes(TrainedNetwork network, String version) {
    return OnnxGraphBuilder.build(network.architecture(), network.weights(), version).toByteArray();
  }

  public static void write(byte[] onnx, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, onnx);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

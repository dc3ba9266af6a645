package dev.digitwhisk.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Finds the card that belongs to a model's bytes and makes sure it really describes those bytes. */
final class ModelCards {
  static final String CARD_FILE = "model-card.json";

  private ModelCards() {}

  /**
   * The card shipped with the classpath model. Its digest is taken as written, not recomputed: the
   * build checks card and file against each other (DigitClassifierTest), the jar's CRC-32 catches a
   * damaged file, and hashing 3.5 MB costs a cold JVM about 55 ms of the action's cold start.
   */
  static ModelCard shipped(byte[] cardJson) throws ModelException {
    return parse(DigitClassifier.utf8(cardJson), DigitClassifier.CARD_RESOURCE);
  }

  /** A classpath model shipped without a card (a development build): described by its digest. */
  static ModelCard unknownShipped(byte[] onnx) {
    return ModelCard.unknown("mnist-cnn", sha256(onnx));
  }

  /**
   * The card for a model on disk. {@code <stem>.model-card.json} must match the file; a shared
   * {@code model-card.json} in the folder is used only when it names this file's digest, since a
   * folder of candidate models may hold one card for another of them.
   */
  static ModelCard beside(Path onnx, byte[] bytes) throws ModelException {
    String digest = sha256(bytes);
    String fileName = onnx.getFileName().toString();
    String stem = fileName.endsWith(".onnx") ? fileName.substring(0, fileName.length() - 5) : fileName;
    Path own = onnx.resolveSibling(stem + "." + CARD_FILE);
    if (Files.isRegularFile(own)) {
      ModelCard card = parse(read(own), own.toString());
      if (!card.sha256().equals(digest)) {
        throw new ModelException("The model card " + own + " describes a model with sha256 " + card.sha256()
            + ", but " + onnx + " has sha256 " + digest + ".");
      }
      return card;
    }
    Path shared = onnx.resolveSibling(CARD_FILE);
    if (Files.isRegularFile(shared)) {
      ModelCard card = parse(read(shared), shared.toString());
      if (card.sha256().equals(digest)) {
        return card;
      }
    }
    return ModelCard.unknown(stem, digest);
  }

  private static ModelCard parse(String json, String where) throws ModelException {
    try {
      return ModelCard.parse(json);
    } catch (IllegalArgumentException e) {
      throw new ModelException("The model card " + where + " is not valid: " + e.getMessage(), e);
    }
  }

  private static String read(Path file) throws ModelException {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ModelException("The model card " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

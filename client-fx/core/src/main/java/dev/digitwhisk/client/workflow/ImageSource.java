package dev.digitwhisk.client.workflow;

import dev.digitwhisk.protocol.ReadMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An image to classify: a name to show (file name, "drawing", "pasted image"), its encoded bytes,
 * and what to read from it — a digit, as always, or a whole number ({@link #reading}). The one place
 * a caller chooses the mode: the workflow asks the action for it and checks the answer holds it.
 */
public record ImageSource(String name, byte[] bytes, ReadMode read) {
  public ImageSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(read, "read");
  }

  /** An image to read one digit from. */
  public ImageSource(String name, byte[] bytes) {
    this(name, bytes, ReadMode.DIGIT);
  }

  public static ImageSource ofFile(Path file) throws IOException {
    return new ImageSource(file.getFileName() == null ? file.toString() : file.getFileName().toString(),
        Files.readAllBytes(file));
  }

  public static ImageSource ofBytes(String name, byte[] bytes) {
    return new ImageSource(name, bytes.clone());
  }

  /** The same image, to read as {@code mode} (e.g. {@link ReadMode#NUMBER} for a whole number). */
  public ImageSource reading(ReadMode mode) {
    return new ImageSource(name, bytes, mode);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The bytes without a defensive copy, for this package's upload. */
  byte[] rawBytes() {
    return bytes;
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageSource s && name.equals(s.name) && java.util.Arrays.equals(bytes, s.bytes) && read == s.read;
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + java.util.Arrays.hashCode(bytes)) * 31 + read.hashCode();
  }

  @Override
  public String toString() {
    return "ImageSource[" + name + ", " + bytes.length + " bytes" + (read == ReadMode.DIGIT ? "" : ", " + read.wireName()) + "]";
  }
}

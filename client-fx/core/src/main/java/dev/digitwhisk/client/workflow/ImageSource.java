package dev.digitwhisk.client.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** An image to classify: a name to show (file name, "drawing", "pasted image") and its encoded bytes. */
public record ImageSource(String name, byte[] bytes) {
  public ImageSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  public static ImageSource ofFile(Path file) throws IOException {
    return new ImageSource(file.getFileName() == null ? file.toString() : file.getFileName().toString(),
        Files.readAllBytes(file));
  }

  public static ImageSource ofBytes(String name, byte[] bytes) {
    return new ImageSource(name, bytes.clone());
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
    return o instanceof ImageSource s && name.equals(s.name) && java.util.Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ImageSource[" + name + ", " + bytes.length + " bytes]";
  }
}

package dev.digitwhisk.action.testing;

import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import dev.digitwhisk.model.mnist.NumberPicture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;

/** Images for tests, made in memory: a drawn stroke in any format, blank paper, a header-only bomb. */
public final class TestImages {
  private TestImages() {}

  /** A dark "7"-like stroke on light paper, {@code side}×{@code side} pixels, as {@code format}. */
  public static byte[] stroke(String format, int side) {
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_3BYTE_BGR);
    double s = side / 56.0;
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        double u = x / s;
        double v = y / s;
        boolean ink = (v >= 8 && v <= 13 && u >= 14 && u <= 42) || (Math.abs(u - (42 - (v - 8) / 2)) <= 3 && v > 8 && v < 50);
        image.setRGB(x, y, ink ? 0x202020 : 0xf8f8f8);
      }
    }
    return encode(image, format);
  }

  public static byte[] png() {
    return stroke("png", 56);
  }

  /** Uniform paper: no digit to find. */
  public static byte[] blank(String format, int side) {
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        image.setRGB(x, y, 0xffffff);
      }
    }
    return encode(image, format);
  }

  public static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A tiny PNG whose header claims {@code width}×{@code height} pixels: a decompression bomb's
   * shape. The pixel data is a few bytes, so a decoder that believed the header would allocate
   * gigabytes for nothing.
   */
  public static byte[] pngClaiming(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** A BMP header claiming {@code width}×{@code height} 24-bit pixels, followed by almost no pixel data. */
  public static byte[] bmpClaiming(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(54 + 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'B').put((byte) 'M').putInt(54 + 16).putInt(0).putInt(54);
    b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0).putInt(0)
        .putInt(2835).putInt(2835).putInt(0).putInt(0);
    return b.array();
  }

  /** A GIF whose screen and only image claim {@code width}×{@code height} (at most 65535 each). */
  public static byte[] gifClaiming(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("GIF89a".getBytes()).putShort((short) width).putShort((short) height).put((byte) 0).put((byte) 0).put((byte) 0);
    b.put((byte) 0x2c).putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height).put((byte) 0);
    b.put((byte) 2).put((byte) 2).put((byte) 0x4c).put((byte) 0x01).put((byte) 0).put((byte) 0x3b);
    byte[] out = new byte[b.position()];
    b.flip().get(out);
    return out;
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes();
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** An MNIST test digit as a user would draw it (dark ink on white), with its label. */
  public record LabelledDigit(byte[] png, int label) {}

  public static Optional<LabelledDigit> mnistTestDigit(int index) {
    Optional<MnistFiles> files = MnistFiles.locate().filter(MnistFiles::hasTest);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    try {
      byte[] images = read(files.get().testImages());
      byte[] labels = read(files.get().testLabels());
      BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      for (int i = 0; i < 784; i++) {
        image.getRaster().setSample(i % 28, i / 28, 0, 255 - (images[16 + index * 784 + i] & 0xff));
      }
      return Optional.of(new LabelledDigit(encode(image, "png"), labels[8 + index]));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The MNIST test set, read once; empty where the files are missing. */
  public static Optional<MnistSet> mnistTest() {
    return MnistTest.SET;
  }

  /** A number written with the MNIST test digits at {@code indices}, each pixel drawn {@code scale}× over; empty without MNIST. */
  public static Optional<NumberPicture> mnistNumber(int scale, int... indices) {
    return mnistTest().map(set -> NumberPicture.of(set, scale, indices));
  }

  /** Holds the test set, read on first use. */
  private static final class MnistTest {
    static final Optional<MnistSet> SET = read();

    private static Optional<MnistSet> read() {
      try {
        Optional<MnistFiles> files = MnistFiles.locate().filter(MnistFiles::hasTest);
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get().readTest());
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }

  private static byte[] read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        return in.readAllBytes();
      }
    }
    return bytes;
  }
}

package dev.digitwhisk.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The 28×28 8-bit grayscale PNG of what the model saw, written directly: every answer of the action
 * carries one, and ImageIO's writer (plug-in lookup, metadata, a stream per call) cost more than
 * the inference. Pixels are round(p × 255), white ink on black, as {@link ModelInput#toImage()}.
 */
final class InputPng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};

  private InputPng() {}

  static byte[] encode(float[] pixels) {
    int side = ModelInput.SIDE;
    byte[] raw = new byte[side * (side + 1)];
    for (int row = 0, i = 0; row < side; row++) {
      raw[i++] = 0; // filter: none
      for (int col = 0; col < side; col++) {
        raw[i++] = (byte) Math.round(pixels[row * side + col] * 255f);
      }
    }
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    byte[] compressed;
    try {
      deflater.setInput(raw);
      deflater.finish();
      byte[] buffer = new byte[raw.length + 64];
      int length = 0;
      while (!deflater.finished()) {
        if (length == buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        length += deflater.deflate(buffer, length, buffer.length - length);
      }
      compressed = java.util.Arrays.copyOf(buffer, length);
    } finally {
      deflater.end();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length + 64);
    out.writeBytes(SIGNATURE);
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side)
        .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(out, "IDAT", compressed);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** One PNG chunk: length, type, data, CRC-32 over type and data. */
  static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

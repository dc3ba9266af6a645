package dev.digitwhisk.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Hand-made image headers that announce any size without holding the pixels: decompression-bomb bait. */
final class Headers {
  private Headers() {}

  /** PNG signature and a valid IHDR chunk (8-bit grey), no image data. */
  static byte[] png(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    InputPng.chunk(out, "IHDR", ihdr.array());
    return out.toByteArray();
  }

  /** A GIF89a logical screen and the first image descriptor. */
  static byte[] gif(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(6 + 7 + 10 + 3).order(ByteOrder.LITTLE_ENDIAN);
    b.put("GIF89a".getBytes(StandardCharsets.US_ASCII));
    b.putShort((short) width).putShort((short) height).put((byte) 0).put((byte) 0).put((byte) 0);
    b.put((byte) 0x2c).putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height).put((byte) 0);
    b.put((byte) 2).put((byte) 0).put((byte) 0x3b);
    return b.array();
  }

  /** A BMP file header and BITMAPINFOHEADER (24-bit), no pixels. */
  static byte[] bmp(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(54).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'B').put((byte) 'M').putInt(54).putInt(0).putInt(54);
    b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0)
        .putInt(0).putInt(2835).putInt(2835).putInt(0).putInt(0);
    return b.array();
  }

  /** SOI and a baseline SOF0 frame header (3 components), nothing else. */
  static byte[] jpeg(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(2 + 19);
    b.put((byte) 0xff).put((byte) 0xd8);
    b.put((byte) 0xff).put((byte) 0xc0).putShort((short) 17).put((byte) 8).putShort((short) height)
        .putShort((short) width).put((byte) 3);
    for (int c = 1; c <= 3; c++) {
      b.put((byte) c).put((byte) 0x11).put((byte) 0);
    }
    return b.array();
  }
}

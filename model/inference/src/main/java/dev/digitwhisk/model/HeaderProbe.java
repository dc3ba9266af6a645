package dev.digitwhisk.model;

import dev.digitwhisk.protocol.ImageFormat;
import java.util.Optional;

/**
 * Reads the width and height an image file announces straight from its first bytes, before any
 * codec sees it. ImageIO's readers check some headers against the data that follows and fail with
 * messages about "BI_RGB" or "missing SOS marker"; reading the announced size ourselves lets a
 * decompression bomb be named for what it is, whatever else is wrong with the file.
 */
final class HeaderProbe {
  private HeaderProbe() {}

  /** {width, height} as announced, or empty when the header is too short or not understood. */
  static Optional<int[]> size(ImageFormat format, byte[] b) {
    return Optional.ofNullable(switch (format) {
      case PNG -> b.length >= 24 && chunkIs(b, 12, "IHDR") ? new int[] {intBe(b, 16), intBe(b, 20)} : null;
      case GIF -> b.length >= 10 ? new int[] {shortLe(b, 6), shortLe(b, 8)} : null;
      case BMP -> bmp(b);
      case JPEG -> jpeg(b);
    });
  }

  private static int[] bmp(byte[] b) {
    if (b.length < 26) {
      return null;
    }
    int headerSize = intLe(b, 14);
    if (headerSize == 12) {
      return new int[] {shortLe(b, 18), shortLe(b, 20)};
    }
    if (b.length < 26 || headerSize < 40) {
      return null;
    }
    // A negative height means the rows are stored top-down; the size is its magnitude.
    return new int[] {intLe(b, 18), Math.abs(intLe(b, 22))};
  }

  /** Walks the JPEG markers to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC). */
  private static int[] jpeg(byte[] b) {
    int i = 2;
    while (i + 4 <= b.length) {
      if ((b[i] & 0xff) != 0xff) {
        return null;
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xff) {
        i++;
        continue;
      }
      if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += 2;
        continue;
      }
      int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (frame) {
        return i + 9 <= b.length ? new int[] {shortBe(b, i + 7), shortBe(b, i + 5)} : null;
      }
      if (marker == 0xda || marker == 0xd9 || length < 2) {
        return null;
      }
      i += 2 + length;
    }
    return null;
  }

  private static boolean chunkIs(byte[] b, int offset, String type) {
    for (int k = 0; k < 4; k++) {
      if (b[offset + k] != type.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int intBe(byte[] b, int o) {
    return ((b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
  }

  private static int intLe(byte[] b, int o) {
    return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8) | ((b[o + 2] & 0xff) << 16) | ((b[o + 3] & 0xff) << 24);
  }

  private static int shortBe(byte[] b, int o) {
    return ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff);
  }

  private static int shortLe(byte[] b, int o) {
    return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8);
  }
}

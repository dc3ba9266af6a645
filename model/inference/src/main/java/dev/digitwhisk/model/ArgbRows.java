package dev.digitwhisk.model;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Reads a picture row by row as packed ARGB. {@code BufferedImage.getRGB} converts pixel by pixel
 * through the colour model (an allocation per pixel); the layouts ImageIO and Java2D actually produce
 * (3- and 4-byte BGR, int RGB/ARGB) are read straight from the pixel array instead.
 */
final class ArgbRows {
  private final BufferedImage image;
  private final byte[] bytes;
  private final int[] ints;
  private final int type;

  ArgbRows(BufferedImage image) {
    this.image = image;
    this.type = image.getType();
    boolean plain = image.getRaster().getParent() == null && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0;
    var buffer = image.getRaster().getDataBuffer();
    boolean byteLayout = type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR;
    boolean intLayout = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB;
    this.bytes = plain && byteLayout && buffer instanceof DataBufferByte b && b.getNumBanks() == 1 ? b.getData() : null;
    this.ints = plain && intLayout && buffer instanceof DataBufferInt i && i.getNumBanks() == 1 ? i.getData() : null;
  }

  /** Fills {@code row} (at least the picture's width) with row {@code y} as 0xAARRGGBB. */
  void read(int y, int[] row) {
    int w = image.getWidth();
    if (ints != null) {
      int base = y * w;
      for (int x = 0; x < w; x++) {
        int v = ints[base + x];
        row[x] = type == BufferedImage.TYPE_INT_RGB ? v | 0xff000000 : v;
      }
    } else if (bytes != null && type == BufferedImage.TYPE_3BYTE_BGR) {
      int i = y * w * 3;
      for (int x = 0; x < w; x++, i += 3) {
        row[x] = 0xff000000 | (bytes[i + 2] & 0xff) << 16 | (bytes[i + 1] & 0xff) << 8 | (bytes[i] & 0xff);
      }
    } else if (bytes != null) {
      int i = y * w * 4;
      for (int x = 0; x < w; x++, i += 4) {
        row[x] = (bytes[i] & 0xff) << 24 | (bytes[i + 3] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | (bytes[i + 1] & 0xff);
      }
    } else {
      image.getRGB(0, y, w, 1, row, 0, w);
    }
  }
}

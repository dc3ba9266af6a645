package dev.digitwhisk.model.robustness;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Paints a digit mask onto paper of some colour and encodes the result the way users' files come. */
final class Canvas {
  private Canvas() {}

  /** Ink mixed into paper by the mask; colours as 0..1 RGB. */
  static BufferedImage paint(DigitMask mask, int width, int height, int left, int top, float[] paper, float[] ink) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float m = mask.at(x - left, y - top);
        row[x] = rgb(mix(paper[0], ink[0], m), mix(paper[1], ink[1], m), mix(paper[2], ink[2], m));
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  /** Ink with alpha = mask on fully transparent pixels whose hidden colour is {@code hidden}. */
  static BufferedImage transparent(DigitMask mask, int width, int height, int left, int top, float[] ink,
      float inkAlpha, float[] hidden) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    int[] row = new int[width];
    int hiddenRgb = rgb(hidden[0], hidden[1], hidden[2]);
    int inkRgb = rgb(ink[0], ink[1], ink[2]);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float m = mask.at(x - left, y - top) * inkAlpha;
        int alpha = Math.round(m * 255);
        row[x] = alpha == 0 ? hiddenRgb & 0x00ffffff : (alpha << 24) | (inkRgb & 0x00ffffff);
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  static float mix(float a, float b, float t) {
    return a + (b - a) * t;
  }

  static int rgb(float r, float g, float b) {
    return 0xff000000 | (channel(r) << 16) | (channel(g) << 8) | channel(b);
  }

  private static int channel(float v) {
    return Math.clamp(Math.round(v * 255), 0, 255);
  }

  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}

package dev.digitwhisk.model;

import dev.digitwhisk.protocol.ImageFormat;
import dev.digitwhisk.protocol.Limits;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns untrusted bytes into an image without trusting them: the format comes from the magic bytes,
 * and the size the header announces (read by {@link HeaderProbe}, then by the ImageIO reader's
 * {@code getWidth/getHeight}, which parse headers only) is checked before a single pixel is decoded,
 * so a tiny file claiming 30000×30000 pixels (a decompression bomb) is refused without allocating.
 * Pictures above {@value #DECODE_MAX_PIXELS} pixels are decoded subsampled (every n-th row and
 * column): the digit ends up 20×20 anyway, and memory stays bounded whatever the upload.
 */
public final class ImageDecoder {
  /** Above this many pixels the decoder subsamples while decoding. */
  public static final long DECODE_MAX_PIXELS = 4_000_000L;

  private ImageDecoder() {}

  /** Decodes a PNG, JPEG, GIF or BMP file held in memory. */
  public static BufferedImage decode(byte[] bytes) throws ImageException {
    if (bytes == null || bytes.length == 0) {
      throw new NotAnImageException("The file is empty: there is no image to read.");
    }
    if (bytes.length > Limits.MAX_IMAGE_BYTES) {
      throw new ImageTooLargeException(
          "The file is %s; images up to %s are accepted.".formatted(mib(bytes.length), mib(Limits.MAX_IMAGE_BYTES)));
    }
    ImageFormat format = ImageFormat.sniff(bytes)
        .orElseThrow(() -> new NotAnImageException(
            "This file is not an image we can read: only PNG, JPEG, GIF and BMP are accepted."));
    // The size the file announces is checked before any codec runs, so a bomb is named as one.
    Optional<int[]> announced = HeaderProbe.size(format, bytes);
    if (announced.isPresent()) {
      checkSize(format, announced.get()[0], announced.get()[1]);
    }
    ImageIoDefaults.apply();
    ImageReader reader = readerFor(format);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      int width = header(reader, format, true);
      int height = header(reader, format, false);
      checkSize(format, width, height);
      TruncationWatch watch = new TruncationWatch();
      reader.addIIOReadWarningListener(watch);
      ImageReadParam param = reader.getDefaultReadParam();
      int step = subsampling(width, height);
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
      BufferedImage image = reader.read(0, param);
      watch.check(format);
      return image;
    } catch (ImageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(format, e);
    } catch (OutOfMemoryError e) {
      // The size checks make this unlikely; if a codec still over-allocates, say so instead of dying.
      throw new ImageTooLargeException("The %s image needs more memory to decode than is available.".formatted(format));
    } finally {
      reader.dispose();
    }
  }

  /** Reads width or height from the header only. */
  private static int header(ImageReader reader, ImageFormat format, boolean width) throws CorruptImageException {
    try {
      return width ? reader.getWidth(0) : reader.getHeight(0);
    } catch (IOException | RuntimeException e) {
      throw new CorruptImageException(
          "The %s file is damaged or cut short: its header cannot be read.".formatted(format), e);
    }
  }

  private static void checkSize(ImageFormat format, int width, int height) throws ImageException {
    if (width <= 0 || height <= 0) {
      throw new CorruptImageException(
          "The %s image is %d×%d pixels: there is nothing to look at.".formatted(format, width, height));
    }
    if (width > Limits.MAX_IMAGE_SIDE || height > Limits.MAX_IMAGE_SIDE
        || (long) width * height > Limits.MAX_IMAGE_PIXELS) {
      throw new ImageTooLargeException(
          "The %s image claims to be %d×%d pixels; images up to %d pixels a side and %d megapixels are accepted."
              .formatted(format, width, height, Limits.MAX_IMAGE_SIDE, Limits.MAX_IMAGE_PIXELS / 1_000_000));
    }
  }

  static int subsampling(int width, int height) {
    long pixels = (long) width * height;
    int step = 1;
    while (pixels / ((long) step * step) > DECODE_MAX_PIXELS) {
      step++;
    }
    return step;
  }

  private static ImageReader readerFor(ImageFormat format) throws NotAnImageException {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
    if (!readers.hasNext()) {
      throw new NotAnImageException("This Java runtime cannot read %s images.".formatted(format));
    }
    return readers.next();
  }

  private static CorruptImageException corrupt(ImageFormat format, Exception cause) {
    return new CorruptImageException(
        "The %s file is damaged or cut short and cannot be decoded.".formatted(format), cause);
  }

  private static String mib(long bytes) {
    return "%.1f MiB".formatted(bytes / (1024.0 * 1024.0));
  }
}

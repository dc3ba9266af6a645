package dev.digitwhisk.model;

import dev.digitwhisk.protocol.ImageFormat;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * ImageIO's JPEG reader does not fail on a file that stops early: it warns and fills the rest with
 * grey. A cut-short upload must be refused, not classified half grey, so the warning becomes an error.
 */
final class TruncationWatch implements IIOReadWarningListener {
  private String warning;

  @Override
  public void warningOccurred(ImageReader source, String message) {
    if (warning == null && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
      warning = message;
    }
  }

  void check(ImageFormat format) throws CorruptImageException {
    if (warning != null) {
      throw new CorruptImageException(
          "The %s file is cut short (%s): part of the image is missing.".formatted(format, warning));
    }
  }
}

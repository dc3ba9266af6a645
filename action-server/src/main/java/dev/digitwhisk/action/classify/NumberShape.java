package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Limits;
import java.awt.image.BufferedImage;

/**
 * The shape a picture of a number may have: at most {@link Limits#MAX_NUMBER_ASPECT} times as long
 * as it is wide either way. The ink is read at a bounded working size, so a longer strip would shrink
 * its digits to a few pixels and be read as nonsense; it is refused (413) before any reading.
 */
final class NumberShape {
  private NumberShape() {}

  static void check(BufferedImage image) throws ActionException {
    int w = image.getWidth();
    int h = image.getHeight();
    if (Math.max(w, h) > (long) Limits.MAX_NUMBER_ASPECT * Math.min(w, h)) {
      throw new ActionException(ErrorKind.TOO_LARGE, ("The picture is %,d×%,d pixels, %,d times as %s as it is %s; "
          + "a number is read from a picture at most %d times as wide as it is high. Crop the picture to the number.")
          .formatted(w, h, Math.max(w, h) / Math.max(1, Math.min(w, h)), w >= h ? "wide" : "high", w >= h ? "high" : "wide",
              Limits.MAX_NUMBER_ASPECT));
    }
  }
}

package dev.digitwhisk.model;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Any picture of one digit → what the MNIST model expects. The steps, each its own class:
 * {@link ColorPlanes} (decode to RGBA at a bounded working size) → {@link InkExtractor} (alpha,
 * polarity and colours → ink) → {@link BackgroundFlattener} (uneven lighting) → {@link InkCleaner}
 * (noise, specks, blank images) → {@link StrokeWidth} (crop, thin pens thickened) →
 * {@link MnistLayout} (20×20 fit, centre of mass in 28×28). Stateless and thread-safe.
 */
public final class Preprocessor {
  private static final Preprocessor MNIST = new Preprocessor();

  private Preprocessor() {}

  /** The preprocessing the shipped model was trained for. */
  public static Preprocessor mnist() {
    return MNIST;
  }

  /** Decodes and prepares an encoded image (PNG, JPEG, GIF or BMP). */
  public ModelInput prepare(byte[] encoded) throws ImageException {
    return prepare(ImageDecoder.decode(encoded));
  }

  public ModelInput prepare(BufferedImage image) throws NoDigitFoundException {
    return layout(ink(image));
  }

  /**
   * The picture's cleaned ink, every step before the crop: what a reader of several digits splits
   * before handing each part to {@link #layout}.
   */
  public InkMap ink(BufferedImage image) throws NoDigitFoundException {
    Objects.requireNonNull(image, "image");
    Gray ink = InkExtractor.extract(ColorPlanes.of(image));
    return new InkMap(InkCleaner.clean(ink), image.getWidth(), image.getHeight());
  }

  /** The crop, stroke width and 20×20 + centre-of-mass layout of some ink, as for one digit. */
  public ModelInput layout(InkMap ink) throws NoDigitFoundException {
    return MnistLayout.layout(StrokeWidth.normalise(ink.gray()));
  }
}

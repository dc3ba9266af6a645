package dev.digitwhisk.model;

/**
 * The last step, as LeCun et al. built MNIST: the digit's bounding box is scaled to fit 20×20 keeping
 * its aspect ratio (area-averaged, so it is anti-aliased), full ink is set to 1, and the result is
 * placed in 28×28 so that its centre of mass sits at the centre.
 */
final class MnistLayout {
  static final int BOX = 20;
  /** Where MNIST's centres of mass sit, in pixel-index coordinates (measured on the training set). */
  static final float CENTRE = 14f;

  private MnistLayout() {}

  static ModelInput layout(Gray ink) throws NoDigitFoundException {
    int[] box = ink.bounds(0.02f * ink.max());
    if (box == null) {
      throw InkExtractor.blank();
    }
    Gray crop = ink.crop(box);
    double scale = (double) BOX / Math.max(crop.width, crop.height);
    int w = Math.clamp(Math.round(crop.width * scale), 1, BOX);
    int h = Math.clamp(Math.round(crop.height * scale), 1, BOX);
    Gray small = Resample.to(crop, (int) w, (int) h);
    float max = small.max();
    if (max <= 0) {
      throw InkExtractor.blank();
    }
    small = small.normalised(max);
    double mass = 0;
    double mx = 0;
    double my = 0;
    for (int y = 0; y < small.height; y++) {
      for (int x = 0; x < small.width; x++) {
        float f = small.get(x, y);
        mass += f;
        mx += f * x;
        my += f * y;
      }
    }
    int left = Math.clamp(Math.round(CENTRE - mx / mass), 0, ModelInput.SIDE - small.width);
    int top = Math.clamp(Math.round(CENTRE - my / mass), 0, ModelInput.SIDE - small.height);
    float[] pixels = new float[ModelInput.SIZE];
    for (int y = 0; y < small.height; y++) {
      for (int x = 0; x < small.width; x++) {
        pixels[(top + y) * ModelInput.SIDE + left + x] = Math.clamp(small.get(x, y), 0f, 1f);
      }
    }
    return new ModelInput(pixels);
  }
}

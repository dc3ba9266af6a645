package dev.digitwhisk.model.training;

import java.util.Random;

/**
 * Makes a new training digit from an MNIST one, the way real users differ from MNIST writers:
 * slant and rotation (±15°), size (0.85–1.15, slightly anisotropic), shear, small shifts, wobbly
 * strokes (elastic distortion, Simard et al. 2003) and thinner or bolder pens (erode / dilate).
 * Geometry turns about the digit's centre of mass, which the preprocessing puts at the canvas
 * centre, so the ink stays on the 28×28 canvas. Deterministic for a given {@link Random}.
 */
public final class Augmenter {
  static final double MAX_EDGE_INK = 0.01;
  static final int ATTEMPTS = 4;
  private final Settings settings;

  /** What to vary and how much; {@link #standard()} is what the shipped model trained with. */
  public record Settings(
      double maxRotationDegrees,
      double minScale,
      double maxScale,
      double maxAspect,
      double maxShear,
      double maxShift,
      double elasticProbability,
      double elasticAlpha,
      double elasticSigma,
      double thicknessProbability) {

    public static Settings standard() {
      return new Settings(15, 0.85, 1.15, 0.08, 0.2, 2.0, 0.5, 34, 4, 0.3);
    }

    public String describe() {
      return ("rotation ±%.0f°, scale %.2f–%.2f (aspect ±%.0f %%), shear ±%.2f, shift ±%.1f px (about the centre of mass), "
          + "elastic distortion p=%.2f (alpha %.0f, sigma %.0f), stroke thickness p=%.2f (3×3 cross dilate or erode, "
          + "blended 50–100 %%); on the fly, a new variant every epoch")
          .formatted(maxRotationDegrees, minScale, maxScale, maxAspect * 100, maxShear, maxShift,
              elasticProbability, elasticAlpha, elasticSigma, thicknessProbability);
    }
  }

  public Augmenter(Settings settings) {
    this.settings = settings;
  }

  public static Augmenter standard() {
    return new Augmenter(Settings.standard());
  }

  public Settings settings() {
    return settings;
  }

  /**
   * A distorted copy of a 28×28 image (0..1, ink = 1); {@code source} is not changed. A variant that
   * pushes more than {@value #MAX_EDGE_INK} of its ink onto the canvas edge (extreme scale + shift +
   * wobble together) would lose strokes off the canvas, so it is drawn again, at most
   * {@value #ATTEMPTS} times, before the source is used as it is.
   */
  public float[] apply(float[] source, Random random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      float[] out = variant(source, random);
      if (edgeInk(out) <= MAX_EDGE_INK * StrokeMorphology.ink(out)) {
        return out;
      }
    }
    return source.clone();
  }

  /** Ink on the outermost ring of pixels. */
  static double edgeInk(float[] image) {
    int n = DigitData.SIDE;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += image[i] + image[(n - 1) * n + i];
    }
    for (int i = 1; i < n - 1; i++) {
      sum += image[i * n] + image[i * n + n - 1];
    }
    return sum;
  }

  private float[] variant(float[] source, Random random) {
    Settings s = settings;
    double angle = Math.toRadians(uniform(random, -s.maxRotationDegrees(), s.maxRotationDegrees()));
    double scale = uniform(random, s.minScale(), s.maxScale());
    double aspect = 1 + uniform(random, -s.maxAspect(), s.maxAspect());
    double shear = uniform(random, -s.maxShear(), s.maxShear());
    double shiftX = uniform(random, -s.maxShift(), s.maxShift());
    double shiftY = uniform(random, -s.maxShift(), s.maxShift());
    AffineWarp warp = AffineWarp.about(centreOfMass(source), angle, scale * aspect, scale / aspect, shear, shiftX, shiftY);
    float[][] displacement = random.nextDouble() < s.elasticProbability()
        ? ElasticField.random(random, DigitData.SIDE, s.elasticAlpha(), s.elasticSigma())
        : null;
    float[] out = warp.apply(source, displacement);
    if (random.nextDouble() < s.thicknessProbability()) {
      boolean bolder = random.nextBoolean();
      float strength = (float) uniform(random, 0.5, 1.0);
      out = bolder ? StrokeMorphology.dilate(out, strength) : StrokeMorphology.erodeIfInkSurvives(out, strength);
    }
    return out;
  }

  /** Centre of mass {x, y} of the ink; the canvas centre for an empty image. */
  static double[] centreOfMass(float[] image) {
    double mass = 0;
    double sx = 0;
    double sy = 0;
    for (int y = 0; y < DigitData.SIDE; y++) {
      for (int x = 0; x < DigitData.SIDE; x++) {
        float v = image[y * DigitData.SIDE + x];
        mass += v;
        sx += v * x;
        sy += v * y;
      }
    }
    double c = (DigitData.SIDE - 1) / 2.0;
    return mass <= 0 ? new double[] {c, c} : new double[] {sx / mass, sy / mass};
  }

  private static double uniform(Random random, double min, double max) {
    return min + (max - min) * random.nextDouble();
  }
}

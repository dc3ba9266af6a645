package dev.digitwhisk.model;

/**
 * Colour picture → ink map (0 = paper, 1 = ink) whatever the polarity and colours: transparent
 * pixels are composited onto a backdrop that contrasts with the visible strokes (so transparent means
 * background), the background colour is the picture's median colour, the ink colour is the
 * mean of the pixels that differ most from it, and every pixel is projected onto the line from
 * background colour to ink colour. Dark ink on white paper, white chalk on a dark canvas and blue ink
 * on yellow paper all come out the same way, and anti-aliased edges stay proportional.
 */
final class InkExtractor {
  /** Smallest ink-to-background colour distance (0..1, black to white = 1) taken as a drawing. */
  static final float MIN_CONTRAST = 0.08f;

  private InkExtractor() {}

  static Gray extract(ColorPlanes p) throws NoDigitFoundException {
    if (p.hasTransparency()) {
      composite(p);
    }
    p = Lighting.even(p);
    float[] bg = median(p);
    int n = p.size();
    float[] dist = new float[n];
    for (int i = 0; i < n; i++) {
      dist[i] = distance(p, i, bg);
    }
    float far = kthLargest(dist, Math.max(5, n / 2000));
    if (far < MIN_CONTRAST) {
      throw blank();
    }
    double[] ink = new double[3];
    int inkCount = 0;
    for (int i = 0; i < n; i++) {
      if (dist[i] >= 0.5f * far) {
        ink[0] += p.r[i];
        ink[1] += p.g[i];
        ink[2] += p.b[i];
        inkCount++;
      }
    }
    float dr = (float) (ink[0] / inkCount) - bg[0];
    float dg = (float) (ink[1] / inkCount) - bg[1];
    float db = (float) (ink[2] / inkCount) - bg[2];
    float norm2 = dr * dr + dg * dg + db * db;
    if (Math.sqrt(norm2 / 3) < MIN_CONTRAST) {
      throw blank();
    }
    Gray out = new Gray(p.width, p.height);
    float ur = dr / norm2;
    float ug = dg / norm2;
    float ub = db / norm2;
    for (int i = 0; i < n; i++) {
      out.v[i] = (p.r[i] - bg[0]) * ur + (p.g[i] - bg[1]) * ug + (p.b[i] - bg[2]) * ub;
    }
    return out;
  }

  static NoDigitFoundException blank() {
    return new NoDigitFoundException(
        "No digit found: the image is blank or nearly uniform. Draw or photograph a single digit, dark on light or light on dark.");
  }

  /** Transparent areas take the colour opposite to the strokes, so strokes of any colour stand out. */
  private static void composite(ColorPlanes p) throws NoDigitFoundException {
    double visible = 0;
    double lum = 0;
    for (int i = 0; i < p.size(); i++) {
      visible += p.a[i];
      lum += p.a[i] * (0.299 * p.r[i] + 0.587 * p.g[i] + 0.114 * p.b[i]);
    }
    if (visible < 0.5) {
      throw new NoDigitFoundException("No digit found: the image is blank (fully transparent).");
    }
    float backdrop = lum / visible < 0.5 ? 1f : 0f;
    for (int i = 0; i < p.size(); i++) {
      float a = p.a[i];
      p.r[i] = a * p.r[i] + (1 - a) * backdrop;
      p.g[i] = a * p.g[i] + (1 - a) * backdrop;
      p.b[i] = a * p.b[i] + (1 - a) * backdrop;
      p.a[i] = 1f;
    }
  }

  /**
   * The background colour: the per-channel median of the whole picture. Ink is a minority of any
   * picture of a digit; the border is not safe (a photo may show the table around the sheet).
   */
  private static float[] median(ColorPlanes p) {
    return new float[] {
        InkCleaner.percentile(p.r, 0.5f), InkCleaner.percentile(p.g, 0.5f), InkCleaner.percentile(p.b, 0.5f)};
  }

  private static float distance(ColorPlanes p, int i, float[] bg) {
    float dr = p.r[i] - bg[0];
    float dg = p.g[i] - bg[1];
    float db = p.b[i] - bg[2];
    return (float) Math.sqrt((dr * dr + dg * dg + db * db) / 3);
  }

  /** The k-th largest of values in 0..1, to 1/1024 precision (a histogram, not a sort). */
  static float kthLargest(float[] values, int k) {
    int bins = 1024;
    int[] histogram = new int[bins];
    for (float v : values) {
      histogram[Math.clamp((int) (v * (bins - 1)), 0, bins - 1)]++;
    }
    int seen = 0;
    for (int b = bins - 1; b >= 0; b--) {
      seen += histogram[b];
      if (seen >= k) {
        return b / (float) (bins - 1);
      }
    }
    return 0;
  }
}

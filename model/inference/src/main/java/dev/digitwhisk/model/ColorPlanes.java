package dev.digitwhisk.model;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * The picture as red, green, blue and alpha planes (0..1) at a working resolution of at most
 * {@value #MAX_SIDE} pixels a side. Larger pictures are box-averaged by a whole factor while they are
 * read, so a 10-megapixel photo never exists as floats and thin strokes fade rather than vanish.
 */
final class ColorPlanes {
  static final int MAX_SIDE = 640;
  /** 0..255 → 0..1, looked up: a float division per channel and pixel is measurably slower. */
  private static final float[] UNIT = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      UNIT[i] = i / 255f;
    }
  }

  final int width;
  final int height;
  final float[] r;
  final float[] g;
  final float[] b;
  final float[] a;

  private ColorPlanes(int width, int height) {
    this.width = width;
    this.height = height;
    int n = width * height;
    r = new float[n];
    g = new float[n];
    b = new float[n];
    a = new float[n];
  }

  static ColorPlanes of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int factor = Math.max(1, (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE);
    ColorPlanes planes = new ColorPlanes((w + factor - 1) / factor, (h + factor - 1) / factor);
    float[] count = new float[planes.width * planes.height];
    Raster raster = image.getRaster();
    int bands = raster.getNumBands();
    boolean grayish = bands <= 2 && image.getColorModel().getNumColorComponents() == 1;
    int[] row = new int[w];
    ArgbRows rows = new ArgbRows(image);
    int[] samples = new int[w * bands];
    float grayScale = grayish ? 1f / ((1 << image.getColorModel().getComponentSize(0)) - 1) : 1;
    float alphaScale = grayish && bands == 2 ? 1f / ((1 << image.getColorModel().getComponentSize(1)) - 1) : 1;
    int[] column = new int[w];
    for (int x = 0; x < w; x++) {
      column[x] = x / factor;
    }
    for (int y = 0; y < h; y++) {
      int base = (y / factor) * planes.width;
      if (grayish) {
        // Gray images: raw samples. getRGB would convert from linear gray and brighten mid-tones.
        raster.getPixels(0, y, w, 1, samples);
        for (int x = 0; x < w; x++) {
          float lum = samples[x * bands] * grayScale;
          float alpha = bands == 2 ? samples[x * bands + 1] * alphaScale : 1f;
          planes.add(base + column[x], lum, lum, lum, alpha, count);
        }
      } else {
        rows.read(y, row);
        for (int x = 0; x < w; x++) {
          int argb = row[x];
          planes.add(base + column[x], UNIT[(argb >> 16) & 0xff], UNIT[(argb >> 8) & 0xff], UNIT[argb & 0xff],
              UNIT[argb >>> 24], count);
        }
      }
    }
    for (int i = 0; i < count.length; i++) {
      float alpha = planes.a[i];
      // Colours were summed weighted by alpha (premultiplied), so transparent pixels' hidden colour
      // does not bleed into the average; un-premultiply where anything is visible.
      if (alpha > 0 && alpha != 1f) {
        float inverse = 1f / alpha;
        planes.r[i] *= inverse;
        planes.g[i] *= inverse;
        planes.b[i] *= inverse;
      }
      planes.a[i] = alpha / count[i];
    }
    return planes;
  }

  private void add(int i, float red, float green, float blue, float alpha, float[] count) {
    r[i] += red * alpha;
    g[i] += green * alpha;
    b[i] += blue * alpha;
    a[i] += alpha;
    count[i]++;
  }

  int size() {
    return width * height;
  }

  /** A 3×3 box blur of the colour planes, against pixel noise in photos. */
  void blur3() {
    blur(r);
    blur(g);
    blur(b);
  }

  private void blur(float[] plane) {
    Denoise.box3InPlace(plane, width, height);
  }

  boolean hasTransparency() {
    for (float alpha : a) {
      if (alpha < 0.98f) {
        return true;
      }
    }
    return false;
  }
}

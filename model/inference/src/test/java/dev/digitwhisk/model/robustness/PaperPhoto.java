package dev.digitwhisk.model.robustness;

import java.awt.image.BufferedImage;
import java.util.Random;

/** A digit written on paper and photographed: lamp gradient, vignette, warm paper, noise, JPEG. */
final class PaperPhoto {
  private PaperPhoto() {}

  static byte[] render(int[] mnist, Random r) {
    DigitMask m = DigitMask.enlarge(mnist, 8 + r.nextInt(10));
    int w = m.width() + 100 + r.nextInt(500);
    int h = m.height() + 100 + r.nextInt(500);
    int left = r.nextInt(w - m.width());
    int top = r.nextInt(h - m.height());
    float paper = 0.75f + 0.2f * r.nextFloat();
    float[] tint = {1f, 0.97f + 0.03f * r.nextFloat(), 0.9f + 0.1f * r.nextFloat()};
    float[] ink = {0.05f + 0.2f * r.nextFloat(), 0.05f + 0.2f * r.nextFloat(), 0.1f + 0.3f * r.nextFloat()};
    double angle = r.nextDouble() * 2 * Math.PI;
    float gradient = 0.15f + 0.25f * r.nextFloat();
    float vignette = 0.1f + 0.25f * r.nextFloat();
    float noise = 0.01f + 0.03f * r.nextFloat();
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    double cx = w / 2.0;
    double cy = h / 2.0;
    double radius = Math.hypot(cx, cy);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double along = ((x - cx) * Math.cos(angle) + (y - cy) * Math.sin(angle)) / radius;
        double edge = Math.hypot(x - cx, y - cy) / radius;
        float light = (float) (1 - gradient * (0.5 + 0.5 * along) - vignette * edge * edge);
        float k = m.at(x - left, y - top);
        float[] c = new float[3];
        for (int i = 0; i < 3; i++) {
          float surface = Canvas.mix(paper * tint[i], ink[i], k);
          c[i] = surface * light + (float) r.nextGaussian() * noise;
        }
        row[x] = Canvas.rgb(c[0], c[1], c[2]);
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    return Canvas.jpeg(image, 0.5f + 0.4f * r.nextFloat());
  }
}

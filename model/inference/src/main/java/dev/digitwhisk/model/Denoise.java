package dev.digitwhisk.model;

/** Light smoothing for photos: a 3×3 mean (separable), which cuts pixel noise to a third and keeps wide strokes. */
final class Denoise {
  private Denoise() {}

  static void box3InPlace(float[] v, int width, int height) {
    float[] tmp = new float[v.length];
    for (int y = 0; y < height; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        int a = Math.max(0, x - 1);
        int b = Math.min(width - 1, x + 1);
        float sum = 0;
        for (int k = a; k <= b; k++) {
          sum += v[row + k];
        }
        tmp[row + x] = sum / (b - a + 1);
      }
    }
    for (int y = 0; y < height; y++) {
      int a = Math.max(0, y - 1);
      int b = Math.min(height - 1, y + 1);
      for (int x = 0; x < width; x++) {
        float sum = 0;
        for (int k = a; k <= b; k++) {
          sum += tmp[k * width + x];
        }
        v[y * width + x] = sum / (b - a + 1);
      }
    }
  }
}

package dev.digitwhisk.model;

/** Light smoothing for photos: a 3×3 mean, which cuts pixel noise to a third and keeps wide strokes. */
final class Denoise {
  private Denoise() {}

  static Gray box3(Gray in) {
    Gray out = new Gray(in.width, in.height);
    for (int y = 0; y < in.height; y++) {
      for (int x = 0; x < in.width; x++) {
        float sum = 0;
        int n = 0;
        for (int ny = Math.max(0, y - 1); ny <= Math.min(in.height - 1, y + 1); ny++) {
          for (int nx = Math.max(0, x - 1); nx <= Math.min(in.width - 1, x + 1); nx++) {
            sum += in.v[ny * in.width + nx];
            n++;
          }
        }
        out.v[y * in.width + x] = sum / n;
      }
    }
    return out;
  }
}

package dev.digitwhisk.model.robustness;

/** Zhang–Suen thinning: the one-pixel-wide centre lines of a binary shape, to redraw it with another pen. */
final class Skeleton {
  private Skeleton() {}

  static boolean[] thin(DigitMask mask, float threshold) {
    int w = mask.width();
    int h = mask.height();
    boolean[] on = new boolean[w * h];
    for (int i = 0; i < on.length; i++) {
      on[i] = mask.ink()[i] > threshold;
    }
    boolean changed = true;
    java.util.List<Integer> remove = new java.util.ArrayList<>();
    while (changed) {
      changed = false;
      for (int pass = 0; pass < 2; pass++) {
        remove.clear();
        for (int y = 1; y < h - 1; y++) {
          for (int x = 1; x < w - 1; x++) {
            if (on[y * w + x] && removable(on, w, x, y, pass)) {
              remove.add(y * w + x);
            }
          }
        }
        for (int i : remove) {
          on[i] = false;
        }
        changed |= !remove.isEmpty();
      }
    }
    return on;
  }

  private static boolean removable(boolean[] on, int w, int x, int y, int pass) {
    boolean p2 = on[(y - 1) * w + x];
    boolean p3 = on[(y - 1) * w + x + 1];
    boolean p4 = on[y * w + x + 1];
    boolean p5 = on[(y + 1) * w + x + 1];
    boolean p6 = on[(y + 1) * w + x];
    boolean p7 = on[(y + 1) * w + x - 1];
    boolean p8 = on[y * w + x - 1];
    boolean p9 = on[(y - 1) * w + x - 1];
    boolean[] ring = {p2, p3, p4, p5, p6, p7, p8, p9, p2};
    int neighbours = 0;
    int transitions = 0;
    for (int i = 0; i < 8; i++) {
      if (ring[i]) {
        neighbours++;
      }
      if (!ring[i] && ring[i + 1]) {
        transitions++;
      }
    }
    if (neighbours < 2 || neighbours > 6 || transitions != 1) {
      return false;
    }
    return pass == 0
        ? !(p2 && p4 && p6) && !(p4 && p6 && p8)
        : !(p2 && p4 && p8) && !(p2 && p6 && p8);
  }
}

package dev.digitwhisk.model.number;

/**
 * One digit candidate: the ink of one group of pieces on a {@link Sheet}, limited to what lies between
 * the cuts {@code from} and {@code to} when a wide group is cut; its tight box (exclusive ends), mass
 * and centre of mass.
 */
record Blob(int group, Cut from, Cut to, int x0, int y0, int x1, int y1, double mass, double centreX) {
  int width() {
    return x1 - x0;
  }

  int height() {
    return y1 - y0;
  }

  /** Two candidates' ink taken as one (their boxes' union; no group of its own). */
  static Blob union(Blob a, Blob b) {
    double mass = a.mass + b.mass;
    return new Blob(0, Cut.NONE_LEFT, Cut.NONE_RIGHT, Math.min(a.x0, b.x0), Math.min(a.y0, b.y0),
        Math.max(a.x1, b.x1), Math.max(a.y1, b.y1), mass, (a.mass * a.centreX + b.mass * b.centreX) / mass);
  }

  /** Whether pixel {@code (x, y)} lies between this blob's cuts. */
  boolean between(int x, int y) {
    return !from.leftOf(x, y) && to.leftOf(x, y);
  }
}

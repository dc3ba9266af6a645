package dev.digitwhisk.model.number;

/**
 * One digit candidate: the ink of one group of pieces on a {@link Sheet}, limited to the columns
 * {@code from..to-1} when a wide group is cut; its tight box (exclusive ends), mass and centre of mass.
 */
record Blob(int group, int from, int to, int x0, int y0, int x1, int y1, double mass, double centreX) {
  int width() {
    return x1 - x0;
  }

  int height() {
    return y1 - y0;
  }
}

package dev.digitwhisk.model;

/**
 * A picture's cleaned ink (0 = paper, 1 = full ink) at the preprocessing's working resolution, with
 * the size of the picture it came from so that places in it can be mapped back. Readers of several
 * digits split it into parts ({@link #part}) and lay each out with {@link Preprocessor#layout}, the
 * same way one digit is prepared.
 */
public final class InkMap {
  private final Gray gray;
  private final int pictureWidth;
  private final int pictureHeight;

  InkMap(Gray gray, int pictureWidth, int pictureHeight) {
    this.gray = gray;
    this.pictureWidth = pictureWidth;
    this.pictureHeight = pictureHeight;
  }

  /** Some of this map's ink, {@code width×height} row-major, as a map of its own. */
  public static InkMap part(int width, int height, float[] values) {
    return new InkMap(new Gray(width, height, values.clone()), width, height);
  }

  public int width() {
    return gray.width;
  }

  public int height() {
    return gray.height;
  }

  /** Width of the picture this map was made from; the map is this size or smaller. */
  public int pictureWidth() {
    return pictureWidth;
  }

  public int pictureHeight() {
    return pictureHeight;
  }

  /** The ink levels, row-major (a copy). */
  public float[] values() {
    return gray.v.clone();
  }

  /** The pieces of ink as the single-digit path sees them: each pixel's piece 1..n, row-major, 0 for none. */
  public int[] pieces() {
    int[] labels = new int[gray.v.length];
    Components.label(gray, labels);
    return labels;
  }

  Gray gray() {
    return gray;
  }
}

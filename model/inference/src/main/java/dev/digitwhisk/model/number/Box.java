package dev.digitwhisk.model.number;

/** Where a digit lies in the picture it was read from, in that picture's pixels. */
public record Box(int x, int y, int width, int height) {
  public Box {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("a box has no negative side, got " + width + "×" + height);
    }
  }
}

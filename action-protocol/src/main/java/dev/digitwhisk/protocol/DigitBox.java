package dev.digitwhisk.protocol;

/** Where one digit of a number lies in the picture it was read from, in that picture's pixels (origin top left). */
public record DigitBox(int x, int y, int width, int height) {
  public DigitBox {
    if (x < 0 || y < 0 || width < 0 || height < 0) {
      throw new IllegalArgumentException("a digit's box lies inside the picture, got " + width + "×" + height
          + " at (" + x + ", " + y + ")");
    }
  }
}

package dev.digitwhisk.client.ui.result;

import java.util.List;

/**
 * A whole number as the result pane shows it: the text, the number's confidence, each digit with
 * its box, and the picture the boxes are drawn on (the drawing, or the opened, dropped or pasted image).
 *
 * @param text the digits left to right, leading zeros kept
 * @param confidence 0..1, the chance that every digit is right
 * @param digits one per character of {@code text}
 * @param picture the encoded image the boxes refer to, or empty when it is not at hand
 */
public record NumberView(String text, double confidence, List<DigitView> digits, byte[] picture) {
  public NumberView {
    digits = List.copyOf(digits);
  }

  /** The digit to show first: the first one marked unsure, else the first. */
  public int firstToCheck() {
    for (int i = 0; i < digits.size(); i++) {
      if (digits.get(i).unsure()) {
        return i;
      }
    }
    return 0;
  }

  public long unsureCount() {
    return digits.stream().filter(DigitView::unsure).count();
  }
}

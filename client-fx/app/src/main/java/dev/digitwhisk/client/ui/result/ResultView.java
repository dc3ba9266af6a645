package dev.digitwhisk.client.ui.result;

import java.util.List;

/**
 * What the result pane shows for one classification, already in words. Either a digit
 * ({@code digit >= 0}) or a problem ({@code title}, {@code message}, {@code whatToDo}).
 *
 * @param source the image's name
 * @param digit 0–9, or -1 when there is no digit
 * @param confidence 0..1, or NaN when unknown
 * @param probabilities ten values, or empty
 * @param inputPng the 28×28 PNG the model saw, or empty
 * @param timings e.g. "upload 4 ms · invoke 9 ms · delete 2 ms · total 16 ms"
 * @param start "cold start", "warm", or ""
 * @param title headline for a problem ("No digit found"), "" for a digit
 * @param message what happened, "" for a digit
 * @param whatToDo what the user can do, may be ""
 * @param note e.g. a delete warning, may be ""
 */
public record ResultView(String source, int digit, double confidence, List<Double> probabilities, byte[] inputPng,
    String timings, String start, String title, String message, String whatToDo, String note) {

  public boolean ok() {
    return digit >= 0;
  }
}

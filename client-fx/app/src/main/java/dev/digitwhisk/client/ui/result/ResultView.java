package dev.digitwhisk.client.ui.result;

import java.util.List;
import java.util.Optional;

/**
 * What the result pane shows for one classification, already in words. Either a digit
 * ({@code digit >= 0}) or a problem ({@code title}, {@code message}, {@code whatToDo}); a whole
 * number read in Number mode is a digit result (its first digit and the number's confidence) that
 * also carries {@code number}.
 *
 * @param source the image's name
 * @param digit 0–9, or -1 when there is no digit
 * @param confidence 0..1, or NaN when unknown
 * @param probabilities ten values, or empty (a number's are its digits')
 * @param inputPng the 28×28 PNG the model saw, or empty (a number's are its digits')
 * @param timings e.g. "upload 4 ms · invoke 9 ms · delete 2 ms · total 16 ms"
 * @param start "cold start", "warm", or ""
 * @param title headline for a problem ("No digit found"), "" for a digit
 * @param message what happened, "" for a digit
 * @param whatToDo what the user can do, may be ""
 * @param note e.g. a delete warning, may be ""
 * @param number the whole number and its digits, when one was read
 */
public record ResultView(String source, int digit, double confidence, List<Double> probabilities, byte[] inputPng,
    String timings, String start, String title, String message, String whatToDo, String note,
    Optional<NumberView> number) {

  /** A digit or a problem, no number. */
  public ResultView(String source, int digit, double confidence, List<Double> probabilities, byte[] inputPng,
      String timings, String start, String title, String message, String whatToDo, String note) {
    this(source, digit, confidence, probabilities, inputPng, timings, start, title, message, whatToDo, note,
        Optional.empty());
  }

  public boolean ok() {
    return digit >= 0;
  }

  /** What was read, as the window writes it: the number's text ("2026") or the digit ("7"); "" for a problem. */
  public String answer() {
    return !ok() ? "" : number.map(NumberView::text).orElse(Integer.toString(digit));
  }
}

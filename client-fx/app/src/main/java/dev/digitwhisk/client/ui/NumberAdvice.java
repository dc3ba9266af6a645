package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.workflow.ClassificationFailure;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Limits;

/**
 * What to do when a number could not be read. The core's advice speaks of one digit ("one clearly
 * visible digit") and of image size; for a number, a blank picture and too many digits (the
 * action's 413, like a too large image) need their own words.
 */
final class NumberAdvice {
  static final String NO_DIGIT = "Write a number, its digits side by side, or choose a picture of one.";
  /** The limits on a picture of a number, as the action enforces them. */
  static final String NUMBER_LIMITS = "at most %d digits and %d separate marks, on a picture at most %d times as wide as it is high"
      .formatted(Limits.MAX_DIGITS, Limits.MAX_NUMBER_MARKS, Limits.MAX_NUMBER_ASPECT);
  static final String TOO_LARGE = "Write fewer digits, or crop the picture to the number and clean specks off it. "
      + "Number mode reads " + NUMBER_LIMITS + ", from an image of at most " + Limits.imageLimits() + ".";

  private NumberAdvice() {}

  static String whatToDo(ClassificationFailure f) {
    if (f.kind() == FailureKind.NO_DIGIT) {
      return NO_DIGIT;
    }
    if (f.kind() == FailureKind.IMAGE_REJECTED && f.code() == ErrorKind.TOO_LARGE.code()) {
      return TOO_LARGE;
    }
    return f.whatToDo();
  }
}

package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.client.invoke.ActionResult;
import dev.digitwhisk.client.invoke.ActivationInfo;
import dev.digitwhisk.client.ui.result.DigitView;
import dev.digitwhisk.client.ui.result.NumberView;
import dev.digitwhisk.client.ui.result.ResultView;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationFailure;
import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.client.workflow.StageTimings;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.NumberDigit;
import dev.digitwhisk.protocol.ReadMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The one place where the core's {@link Classification} becomes what the window shows. */
public final class ClassificationAdapter {
  private ClassificationAdapter() {}

  /** The view of {@code c}, the answer to {@code source} (a number's boxes are drawn on its picture). */
  public static ResultView toView(Classification c, ImageSource source) {
    String timings = timings(c.timings());
    String start = start(c.activation());
    String deleteNote = c.deleted() ? "" : "The uploaded image could not be deleted: "
        + c.deleteProblem().orElse("unknown reason") + " Delete " + c.objectName() + " from the bucket by hand.";
    if (c.result().isPresent()) {
      ActionResult r = c.result().get();
      return new ResultView(c.sourceName(), r.digit(), r.confidence(), probabilities(r.probabilities()), r.inputPng(),
          timings, start, "", "", "", deleteNote, r.number().map(n -> number(n, source.bytes())));
    }
    ClassificationFailure f = c.failure().orElseThrow();
    String whatToDo = source.read() == ReadMode.NUMBER ? NumberAdvice.whatToDo(f) : f.whatToDo();
    // URLs shortened: an uploaded object's random name is long and says nothing to a person.
    return new ResultView(c.sourceName(), -1, Double.NaN, List.of(), new byte[0], timings, start, title(f),
        Redaction.shortUrls(f.message()), whatToDo, deleteNote);
  }

  private static NumberView number(NumberAnswer n, byte[] picture) {
    List<DigitView> digits = new ArrayList<>();
    for (NumberDigit d : n.digits()) {
      digits.add(new DigitView(d.digit(), d.confidence(), probabilities(d.probabilities()), d.inputPng(), d.box(),
          d.unsure()));
    }
    return new NumberView(n.text(), n.confidence(), digits, picture);
  }

  private static List<Double> probabilities(float[] values) {
    List<Double> probs = new ArrayList<>(values.length);
    for (float p : values) {
      probs.add((double) p);
    }
    return List.copyOf(probs);
  }

  /** A problem that happened before the workflow ran (e.g. a file that cannot be read). */
  public static ResultView problem(String source, String title, String message, String whatToDo) {
    return new ResultView(source, -1, Double.NaN, List.of(), new byte[0], "", "", title, message, whatToDo, "");
  }

  /** The headline: the failure's category, or for the action's failure to fetch the image, what the store did. */
  static String title(ClassificationFailure f) {
    if (f.kind() != FailureKind.IMAGE_NOT_FETCHED) {
      return title(f.kind());
    }
    return ErrorKind.of(f.code()).map(kind -> switch (kind) {
      case FORBIDDEN -> "The image link was refused";
      case NOT_FOUND -> "The image is not in the store";
      case TIMEOUT -> "Fetching the image took too long";
      default -> title(f.kind());
    }).orElse(title(f.kind()));
  }

  static String title(FailureKind kind) {
    return switch (kind) {
      case NO_DIGIT -> "No digit found";
      case NOT_AN_IMAGE -> "That is not an image";
      case IMAGE_REJECTED -> "The image was refused";
      case STORE_UNREACHABLE -> "The storage server cannot be reached";
      case STORE_AUTH -> "The storage server refused the keys";
      case STORE_ERROR -> "The storage server reported an error";
      case IMAGE_NOT_FETCHED -> "The action could not fetch the image";
      case ACTION_UNREACHABLE -> "The classifier cannot be reached";
      case ACTION_AUTH -> "OpenWhisk refused the credentials";
      case ACTION_NOT_FOUND -> "The action does not exist";
      case THROTTLED -> "Too many requests";
      case ACTION_ERROR -> "The classifier failed";
      case TIMEOUT -> "No answer in time";
      case CANCELLED -> "Cancelled";
      case CONFIGURATION -> "The settings are incomplete";
      case INTERNAL -> "Something went wrong inside DigitWhisk";
    };
  }

  static String timings(StageTimings t) {
    return "upload " + ms(t.upload()) + " · invoke " + ms(t.invoke()) + " · delete " + ms(t.delete()) + " · total "
        + ms(t.total());
  }

  static String start(ActivationInfo a) {
    return switch (a.start()) {
      case COLD -> "cold start" + a.initTime().map(d -> " (init " + ms(d) + ")").orElse("");
      case WARM -> "warm";
      case UNKNOWN -> "";
    };
  }

  private static String ms(Duration d) {
    return String.format("%.0f ms", StageTimings.millis(d));
  }
}

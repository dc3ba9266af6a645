package dev.digitwhisk.client.ui.result;

import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link ResultModel}: the digit large, confidence, ten bars, the 28×28 input, timings; or the
 * problem in words. For a number: its text and confidence as the headline, the picture with a box per
 * digit, and the chosen digit's bars and 28×28.
 */
public final class ResultPane extends VBox {
  private static final String DIGIT_INPUT = "What the model saw (28×28)";
  private static final double INPUT_SIDE = 112;
  /** Numbers longer than this get a smaller headline, so that the text fits beside the 28×28. */
  private static final int LONG_NUMBER = 6;
  private final Label digit = new Label("–");
  private final Label confidence = new Label("Draw a digit, open an image, drop or paste one.");
  private final Label problemTitle = new Label();
  private final Label problemText = new Label();
  private final Label whatToDo = new Label();
  private final Label timings = new Label();
  private final Label note = new Label();
  private final ImageView input = new ImageView();
  private final ProbabilityBars bars = new ProbabilityBars();
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Label inputCaption = new Label();
  private final NumberBoxes boxes;
  private final ResultModel model;

  public ResultPane(ResultModel model) {
    this.model = model;
    boxes = new NumberBoxes(model);
    getStyleClass().add("result-pane");
    setSpacing(8);
    setPadding(new Insets(12));
    setMinWidth(280);
    digit.setId("result-digit");
    digit.getStyleClass().add("result-digit");
    confidence.setId("result-confidence");
    problemTitle.setId("problem-title");
    problemTitle.getStyleClass().addAll("title-3", "danger");
    problemText.setId("problem-message");
    whatToDo.setId("problem-what-to-do");
    // Wrapped, and as tall as their text: a pane short of height must not cut them with "…" (it scrolls instead).
    for (Label l : new Label[] {confidence, inputCaption, problemTitle, problemText, whatToDo, note, timings}) {
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
    }
    timings.setId("result-timings");
    timings.getStyleClass().add("text-muted");
    note.setId("result-note");
    note.getStyleClass().add("warning");
    input.setId("model-input");
    input.setSmooth(false); // nearest neighbour: show the model's 28×28 pixels as they are
    input.setFitWidth(INPUT_SIDE);
    input.setFitHeight(INPUT_SIDE);
    inputCaption.setId("input-caption");
    inputCaption.setText(DIGIT_INPUT);
    inputCaption.getStyleClass().add("text-muted");
    // Under the 28×28, about as wide as it: a number's longer caption wraps instead of pushing the headline aside.
    inputCaption.setMaxWidth(INPUT_SIDE + 24);
    busy.setMaxSize(28, 28);
    busy.visibleProperty().bind(model.busyProperty());
    StackPane big = new StackPane(digit, busy);
    StackPane.setAlignment(busy, Pos.TOP_RIGHT);
    HBox top = new HBox(16, big, new VBox(4, input, inputCaption));
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(top, confidence, boxes, problemTitle, problemText, whatToDo, bars, timings, note);
    showNumberParts(false);
    model.resultProperty().addListener((obs, old, now) -> show(now));
    model.selectedDigitProperty().addListener((obs, old, now) -> showDigit(now.intValue()));
  }

  private void show(ResultView r) {
    boolean ok = r.ok();
    digit.setText(ok ? r.answer() : "?");
    digit.getStyleClass().removeAll("number", "long-number");
    r.number().ifPresent(n -> digit.getStyleClass().add(n.text().length() > LONG_NUMBER ? "long-number" : "number"));
    confidence.setText(ok ? sureness(r) + " — " + r.source() : r.source());
    problemTitle.setText(ok ? "" : r.title());
    problemText.setText(ok ? "" : r.message());
    whatToDo.setText(ok || r.whatToDo().isEmpty() ? "" : "What to do: " + r.whatToDo());
    for (Label l : new Label[] {problemTitle, problemText, whatToDo}) {
      l.setManaged(!ok);
      l.setVisible(!ok);
    }
    showNumberParts(r.number().isPresent());
    r.number().ifPresent(boxes::show);
    showDigit(model.selectedDigitProperty().get());
    timings.setText(r.timings() + (r.start().isEmpty() ? "" : " · " + r.start()));
    note.setText(r.note());
  }

  private static String sureness(ResultView r) {
    String sure = Double.isNaN(r.confidence()) ? "Confidence unknown" : String.format("%.1f %% sure", r.confidence() * 100);
    if (r.number().isEmpty()) {
      return sure;
    }
    long unsure = r.number().get().unsureCount();
    return sure + " of all " + r.number().get().digits().size() + " digits" + (unsure == 0 ? "" : unsure == 1 ? " · 1 digit unsure" : " · " + unsure + " digits unsure");
  }

  /** The chosen digit of a number, or the single digit: its ten bars and its 28×28. */
  private void showDigit(int index) {
    ResultView r = model.resultProperty().get();
    if (r == null) {
      return;
    }
    if (r.number().isEmpty()) {
      inputCaption.setText(DIGIT_INPUT);
      showInput(r.probabilities(), r.digit(), r.inputPng());
      return;
    }
    NumberView n = r.number().get();
    if (index < 0 || index >= n.digits().size()) {
      inputCaption.setText("");
      showInput(List.of(), -1, new byte[0]);
      return;
    }
    DigitView d = n.digits().get(index);
    inputCaption.setText(String.format("Digit %d of %d: %d, %.1f %% sure", index + 1, n.digits().size(), d.digit(),
        d.confidence() * 100) + (d.unsure() ? " — unsure, check it" : ""));
    showInput(d.probabilities(), d.digit(), d.inputPng());
  }

  private void showInput(List<Double> probabilities, int winner, byte[] png) {
    bars.show(probabilities, winner);
    input.setImage(png.length == 0 ? null : new Image(new ByteArrayInputStream(png)));
  }

  private void showNumberParts(boolean number) {
    boxes.setManaged(number);
    boxes.setVisible(number);
  }
}

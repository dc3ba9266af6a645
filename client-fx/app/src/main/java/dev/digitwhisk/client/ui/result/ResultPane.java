package dev.digitwhisk.client.ui.result;

import java.io.ByteArrayInputStream;
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

/** Shows a {@link ResultModel}: the digit large, confidence, ten bars, the 28×28 input, timings; or the problem in words. */
public final class ResultPane extends VBox {
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

  public ResultPane(ResultModel model) {
    getStyleClass().add("result-pane");
    setSpacing(8);
    setPadding(new Insets(12));
    setMinWidth(280);
    digit.setId("result-digit");
    digit.getStyleClass().add("result-digit");
    confidence.setId("result-confidence");
    confidence.setWrapText(true);
    problemTitle.setId("problem-title");
    problemTitle.getStyleClass().addAll("title-3", "danger");
    problemText.setId("problem-message");
    whatToDo.setId("problem-what-to-do");
    // Wrapped, and as tall as their text: a pane short of height must not cut them with "…" (it scrolls instead).
    for (Label l : new Label[] {problemTitle, problemText, whatToDo, note, timings}) {
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
    }
    timings.setId("result-timings");
    timings.getStyleClass().add("text-muted");
    note.setId("result-note");
    note.getStyleClass().add("warning");
    input.setId("model-input");
    input.setSmooth(false); // nearest neighbour: show the model's 28×28 pixels as they are
    input.setFitWidth(112);
    input.setFitHeight(112);
    Label inputCaption = new Label("What the model saw (28×28)");
    inputCaption.getStyleClass().add("text-muted");
    busy.setMaxSize(28, 28);
    busy.visibleProperty().bind(model.busyProperty());
    StackPane big = new StackPane(digit, busy);
    StackPane.setAlignment(busy, Pos.TOP_RIGHT);
    HBox top = new HBox(16, big, new VBox(4, input, inputCaption));
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(top, confidence, problemTitle, problemText, whatToDo, bars, timings, note);
    model.resultProperty().addListener((obs, old, now) -> show(now));
  }

  private void show(ResultView r) {
    boolean ok = r.ok();
    digit.setText(ok ? Integer.toString(r.digit()) : "?");
    confidence.setText(ok ? (Double.isNaN(r.confidence()) ? "Confidence unknown"
        : String.format("%.1f %% sure", r.confidence() * 100)) + " — " + r.source() : r.source());
    problemTitle.setText(ok ? "" : r.title());
    problemText.setText(ok ? "" : r.message());
    whatToDo.setText(ok || r.whatToDo().isEmpty() ? "" : "What to do: " + r.whatToDo());
    for (Label l : new Label[] {problemTitle, problemText, whatToDo}) {
      l.setManaged(!ok);
      l.setVisible(!ok);
    }
    bars.show(r.probabilities(), r.digit());
    input.setImage(r.inputPng().length == 0 ? null : new Image(new ByteArrayInputStream(r.inputPng())));
    timings.setText(r.timings() + (r.start().isEmpty() ? "" : " · " + r.start()));
    note.setText(r.note());
  }
}

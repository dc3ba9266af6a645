package dev.digitwhisk.client.ui.draw;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The pad with its controls: stroke width, undo, clear, classify and "classify as I draw" (which
 * waits a moment after the pen lifts, so a multi-stroke digit is sent once).
 */
public final class DrawPane extends VBox {
  private final DrawingPad pad = new DrawingPad(280);
  private final Button classify = new Button("Classify");
  private final ToggleButton live = new ToggleButton("As I draw");
  private final PauseTransition debounce = new PauseTransition(Duration.millis(450));

  public DrawPane(Runnable onClassify, Runnable onExport) {
    getStyleClass().add("draw-pane");
    setSpacing(10);
    setPadding(new Insets(12));
    setAlignment(Pos.TOP_CENTER);

    pad.setId("drawing-pad");
    Slider width = new Slider(6, 40, pad.strokeWidthProperty().get());
    width.setId("stroke-width");
    width.setAccessibleText("Stroke width");
    pad.strokeWidthProperty().bind(width.valueProperty());
    Label widthLabel = new Label("Pen");
    HBox widthRow = new HBox(8, widthLabel, width);
    widthRow.setAlignment(Pos.CENTER_LEFT);

    classify.setId("classify");
    classify.setDefaultButton(false);
    classify.getStyleClass().add("accent");
    classify.setTooltip(new Tooltip("Classify the drawing (Enter)"));
    classify.setOnAction(e -> onClassify.run());
    classify.disableProperty().bind(pad.emptyProperty());
    Button undo = new Button("Undo");
    undo.setId("undo");
    undo.setTooltip(new Tooltip("Remove the last stroke (Ctrl+Z)"));
    undo.setOnAction(e -> pad.undo());
    Button clear = new Button("Clear");
    clear.setId("clear");
    clear.setTooltip(new Tooltip("Start again (Esc)"));
    clear.setOnAction(e -> pad.clear());
    Button export = new Button("Export PNG…");
    export.setId("export");
    export.disableProperty().bind(pad.emptyProperty());
    export.setOnAction(e -> onExport.run());
    live.setId("live");
    live.setTooltip(new Tooltip("Classify each time the pen lifts"));
    HBox buttons = new HBox(8, classify, undo, clear, live, export);
    buttons.setAlignment(Pos.CENTER);

    debounce.setOnFinished(e -> {
      if (!pad.isEmpty()) {
        onClassify.run();
      }
    });
    pad.setOnPenUp(() -> {
      if (live.isSelected()) {
        debounce.playFromStart();
      }
    });
    Label hint = new Label("Write one digit. Enter classifies, Ctrl+Z undoes, Esc clears.");
    hint.getStyleClass().add("text-muted");
    getChildren().addAll(pad, widthRow, buttons, hint);
  }

  public DrawingPad pad() {
    return pad;
  }

  public BooleanProperty liveProperty() {
    return live.selectedProperty();
  }
}

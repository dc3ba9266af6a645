package dev.digitwhisk.client.ui.draw;

import dev.digitwhisk.client.ui.mode.ModeSwitch;
import dev.digitwhisk.client.ui.mode.ReadModeModel;
import dev.digitwhisk.protocol.ReadMode;
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
 * The pad with its controls: Digit / Number, stroke width, undo, clear, classify and "classify as I
 * draw" (which waits a moment after the pen lifts, so a multi-stroke digit is sent once). In Number
 * mode the pad is wide enough for about eight digits side by side.
 */
public final class DrawPane extends VBox {
  static final double DIGIT_SIDE = 280;
  static final double NUMBER_WIDTH = 560;
  static final double NUMBER_HEIGHT = 200;
  private static final String DIGIT_HINT = "Write one digit. Enter classifies, Ctrl+Z undoes, Esc clears.";
  private static final String NUMBER_HINT = "Write a number, its digits side by side. Enter reads it, Ctrl+Z undoes, Esc clears.";
  private final DrawingPad pad = new DrawingPad(DIGIT_SIDE);
  private final Button classify = new Button("Classify");
  private final ToggleButton live = new ToggleButton("As I draw");
  private final PauseTransition debounce = new PauseTransition(Duration.millis(450));

  public DrawPane(ReadModeModel mode, Runnable onClassify, Runnable onExport) {
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
    Label hint = new Label();
    hint.setId("draw-hint");
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    getChildren().addAll(new ModeSwitch(mode), pad, widthRow, buttons, hint);
    showMode(mode.mode(), hint);
    mode.modeProperty().addListener((obs, old, now) -> showMode(now, hint));
  }

  private void showMode(ReadMode mode, Label hint) {
    boolean number = mode == ReadMode.NUMBER;
    pad.resizePad(number ? NUMBER_WIDTH : DIGIT_SIDE, number ? NUMBER_HEIGHT : DIGIT_SIDE);
    pad.setAccessibleText(number ? "Drawing pad: write a number" : "Drawing pad: write one digit");
    hint.setText(number ? NUMBER_HINT : DIGIT_HINT);
  }

  public DrawingPad pad() {
    return pad;
  }

  public BooleanProperty liveProperty() {
    return live.selectedProperty();
  }
}

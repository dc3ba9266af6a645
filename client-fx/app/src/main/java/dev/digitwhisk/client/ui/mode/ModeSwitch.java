package dev.digitwhisk.client.ui.mode;

import dev.digitwhisk.protocol.ReadMode;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Two joined buttons, Digit and Number, that choose the {@link ReadModeModel}'s mode; one is always on. */
public final class ModeSwitch extends HBox {
  private final ToggleGroup group = new ToggleGroup();

  public ModeSwitch(ReadModeModel model) {
    super(8);
    getStyleClass().add("mode-switch");
    setAlignment(Pos.CENTER_LEFT);
    ToggleButton digit = button("Digit", ReadMode.DIGIT, "mode-digit", "left-pill", "Read one digit from each picture");
    ToggleButton number = button("Number", ReadMode.NUMBER, "mode-number", "right-pill",
        "Read a whole number, its digits side by side, from each picture");
    select(model.mode());
    group.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        // Pressing the chosen button again leaves it chosen: a mode is always on.
        group.selectToggle(old);
      } else {
        model.set((ReadMode) now.getUserData());
      }
    });
    model.modeProperty().addListener((obs, old, now) -> select(now));
    HBox pills = new HBox(digit, number);
    getChildren().addAll(new Label("Read"), pills);
  }

  private ToggleButton button(String text, ReadMode mode, String id, String pill, String tip) {
    ToggleButton b = new ToggleButton(text);
    b.setId(id);
    b.setUserData(mode);
    b.setToggleGroup(group);
    b.getStyleClass().add(pill);
    b.setTooltip(new Tooltip(tip));
    return b;
  }

  private void select(ReadMode mode) {
    group.getToggles().stream().filter(t -> t.getUserData() == mode).findFirst().ifPresent(group::selectToggle);
  }
}

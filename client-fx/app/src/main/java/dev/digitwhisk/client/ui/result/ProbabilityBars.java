package dev.digitwhisk.client.ui.result;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Ten horizontal bars, one per digit, the winner highlighted. */
final class ProbabilityBars extends GridPane {
  private final ProgressBar[] bars = new ProgressBar[10];
  private final Label[] values = new Label[10];

  ProbabilityBars() {
    getStyleClass().add("probability-bars");
    setHgap(8);
    setVgap(3);
    for (int d = 0; d < 10; d++) {
      Label digit = new Label(Integer.toString(d));
      bars[d] = new ProgressBar(0);
      bars[d].setMaxWidth(Double.MAX_VALUE);
      bars[d].setId("bar-" + d);
      GridPane.setHgrow(bars[d], Priority.ALWAYS);
      values[d] = new Label("");
      values[d].setMinWidth(48);
      values[d].setAlignment(Pos.CENTER_RIGHT);
      addRow(d, digit, bars[d], values[d]);
    }
  }

  void show(List<Double> probabilities, int winner) {
    for (int d = 0; d < 10; d++) {
      double p = probabilities.size() == 10 ? probabilities.get(d) : 0;
      bars[d].setProgress(p);
      values[d].setText(probabilities.size() == 10 ? String.format("%.1f %%", p * 100) : "");
      bars[d].getStyleClass().remove("winner");
      if (d == winner) {
        bars[d].getStyleClass().add("winner");
      }
    }
  }
}

package dev.digitwhisk.client.ui.result;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The latest result, whether a classification is running, and which digit of a number is chosen
 * (its probabilities and 28×28 are shown). Changed on the FX thread only.
 */
public final class ResultModel {
  private final ReadOnlyObjectWrapper<ResultView> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper selectedDigit = new ReadOnlyIntegerWrapper(-1);

  public ReadOnlyObjectProperty<ResultView> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The index of the chosen digit in the shown number's digits; -1 when no number is shown. */
  public ReadOnlyIntegerProperty selectedDigitProperty() {
    return selectedDigit.getReadOnlyProperty();
  }

  /** Shows {@code view}; for a number, its first unsure digit (else its first) is chosen. */
  public void show(ResultView view) {
    busy.set(false);
    // Cleared first, so that choosing the same index in the new number is still heard.
    selectedDigit.set(-1);
    result.set(view);
    view.number().ifPresent(n -> selectedDigit.set(n.firstToCheck()));
  }

  /** Chooses digit {@code index} of the shown number; ignored when there is no such digit. */
  public void selectDigit(int index) {
    ResultView view = result.get();
    if (view != null && view.number().isPresent() && index >= 0 && index < view.number().get().digits().size()) {
      selectedDigit.set(index);
    }
  }

  public void startBusy() {
    busy.set(true);
  }
}

package dev.digitwhisk.client.ui.result;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The latest result and whether a classification is running. Changed on the FX thread only. */
public final class ResultModel {
  private final ReadOnlyObjectWrapper<ResultView> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  public ReadOnlyObjectProperty<ResultView> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public void show(ResultView view) {
    busy.set(false);
    result.set(view);
  }

  public void startBusy() {
    busy.set(true);
  }
}

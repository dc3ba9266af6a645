package dev.digitwhisk.client.ui.batch;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One image of a batch: its name and, once known, its digit or problem and time. */
public final class BatchRow {
  private final String name;
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("waiting…");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private boolean done;

  public BatchRow(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public boolean done() {
    return done;
  }

  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  void fill(String resultText, String detailText) {
    done = true;
    result.set(resultText);
    detail.set(detailText);
  }
}

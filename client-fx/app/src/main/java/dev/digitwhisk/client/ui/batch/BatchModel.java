package dev.digitwhisk.client.ui.batch;

import dev.digitwhisk.client.ui.result.ResultView;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The running or last batch: one row per image, filled in as results come; progress 0..1. FX thread only. */
public final class BatchModel {
  private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No batch yet: open or drop several images.");
  private int completed;

  public void start(List<String> names) {
    completed = 0;
    rows.setAll(names.stream().map(BatchRow::new).toList());
    progress.set(0);
    summary.set("0 of " + names.size() + " done");
  }

  public void fill(int index, ResultView r) {
    BatchRow row = rows.get(index);
    if (!row.done()) {
      completed++;
    }
    row.fill(r.ok() ? Integer.toString(r.digit()) : r.title(),
        r.ok() ? String.format("%.1f %% · %s", r.confidence() * 100, r.timings()) : r.message());
    progress.set(rows.isEmpty() ? 1 : (double) completed / rows.size());
    summary.set(completed + " of " + rows.size() + " done");
  }

  public ObservableList<BatchRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}

package dev.digitwhisk.client.ui.batch;

import dev.digitwhisk.client.ui.result.ResultView;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The running or last batch: one row per image, filled in as results come; progress 0..1, counted in images. FX thread only. */
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
    row.fill(r.ok() ? r.answer() : r.title(),
        r.ok() ? String.format("%.1f %% · %s", r.confidence() * 100, r.timings()) : r.message());
    progress.set(rows.isEmpty() ? 1 : (double) completed / rows.size());
    summary.set(completed + " of " + rows.size() + " done");
  }

  /**
   * The batch has ended: the summary adds the per-image p50/p95 and the activations used, e.g.
   * "20 of 20 done · p50 / p95 412 / 530 ms · 4 activations".
   */
  public void finish(double p50Millis, double p95Millis, int activations) {
    summary.set(String.format(Locale.ROOT, "%d of %d done · p50 / p95 %.0f / %.0f ms · %d activation%s", completed,
        rows.size(), p50Millis, p95Millis, activations, activations == 1 ? "" : "s"));
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

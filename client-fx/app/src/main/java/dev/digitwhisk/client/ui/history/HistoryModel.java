package dev.digitwhisk.client.ui.history;

import dev.digitwhisk.client.ui.result.ResultView;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Recent results, newest first, at most {@value #LIMIT}. FX thread only. */
public final class HistoryModel {
  public static final int LIMIT = 50;

  /** One remembered result and the image that was classified (for the thumbnail). */
  public record Entry(ResultView result, byte[] image) {}

  private final ObservableList<Entry> entries = FXCollections.observableArrayList();
  private final ObservableList<Entry> readOnly = FXCollections.unmodifiableObservableList(entries);

  public void add(ResultView result, byte[] image) {
    entries.add(0, new Entry(result, image));
    if (entries.size() > LIMIT) {
      entries.remove(LIMIT, entries.size());
    }
  }

  public ObservableList<Entry> entries() {
    return readOnly;
  }
}

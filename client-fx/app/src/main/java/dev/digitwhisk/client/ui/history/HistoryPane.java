package dev.digitwhisk.client.ui.history;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The recent results with thumbnails; choosing one shows it again. */
public final class HistoryPane extends VBox {
  public HistoryPane(HistoryModel model, Consumer<HistoryModel.Entry> onChoose) {
    getStyleClass().add("history-pane");
    setPadding(new Insets(12));
    setSpacing(6);
    setPrefWidth(220);
    Label title = new Label("History");
    title.getStyleClass().add("title-4");
    ListView<HistoryModel.Entry> list = new ListView<>(model.entries());
    list.setId("history");
    list.setPlaceholder(new Label("No results yet"));
    list.setCellFactory(v -> new EntryCell());
    list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
      if (now != null) {
        onChoose.accept(now);
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(title, list);
  }

  private static final class EntryCell extends ListCell<HistoryModel.Entry> {
    private final ImageView thumb = new ImageView();
    private final Label text = new Label();
    private final HBox box = new HBox(8, thumb, text);

    EntryCell() {
      thumb.setFitWidth(40);
      thumb.setFitHeight(40);
      thumb.setPreserveRatio(true);
    }

    @Override
    protected void updateItem(HistoryModel.Entry item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      thumb.setImage(item.image().length == 0 ? null : new Image(new ByteArrayInputStream(item.image()), 40, 40, true, true));
      text.setText((item.result().ok() ? "→ " + item.result().answer() : "✗ " + item.result().title()) + "\n"
          + item.result().source());
      setGraphic(box);
    }
  }
}

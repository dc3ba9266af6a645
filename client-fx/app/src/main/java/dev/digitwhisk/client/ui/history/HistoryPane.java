package dev.digitwhisk.client.ui.history;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

  /**
   * One entry in the list's width (a narrow column: no sideways scrolling): the headline ("→ 7", a number of
   * up to 32 digits, or one of the failure titles, all short sentences) wraps whole, the source (a file name
   * or link of any length) keeps one line with its middle elided so its start and extension stay, and the
   * tooltip holds the whole entry.
   */
  private static final class EntryCell extends ListCell<HistoryModel.Entry> {
    private final ImageView thumb = new ImageView();
    private final Label headline = new Label();
    private final Label source = new Label();
    private final VBox texts = new VBox(2, headline, source);
    private final HBox box = new HBox(8, thumb, texts);
    private final Tooltip tooltip = new Tooltip();

    EntryCell() {
      thumb.setFitWidth(40);
      thumb.setFitHeight(40);
      thumb.setPreserveRatio(true);
      headline.getStyleClass().add("history-entry-title");
      headline.setWrapText(true);
      headline.setMinHeight(Region.USE_PREF_SIZE);
      source.getStyleClass().add("history-entry-source");
      source.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
      // The texts take what the thumbnail leaves, never more: a cell as wide as its text would scroll sideways.
      texts.setMinWidth(0);
      texts.setPrefWidth(0);
      HBox.setHgrow(texts, Priority.ALWAYS);
      setPrefWidth(0);
      tooltip.setWrapText(true);
      tooltip.setMaxWidth(360);
    }

    @Override
    protected void updateItem(HistoryModel.Entry item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      thumb.setImage(item.image().length == 0 ? null : new Image(new ByteArrayInputStream(item.image()), 40, 40, true, true));
      // No picture (a problem found before anything was read): the texts get its room.
      thumb.setManaged(thumb.getImage() != null);
      headline.setText(item.result().ok() ? "→ " + item.result().answer() : "✗ " + item.result().title());
      source.setText(item.result().source());
      tooltip.setText(headline.getText() + "\n" + item.result().source());
      setTooltip(tooltip);
      setGraphic(box);
    }
  }
}

package dev.digitwhisk.client.ui.batch;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Several images at once: a progress bar and a table whose rows fill in as results come. */
public final class BatchPane extends VBox {
  public BatchPane(BatchModel model, Runnable onCancel) {
    getStyleClass().add("batch-pane");
    setPadding(new Insets(12));
    setSpacing(8);
    ProgressBar bar = new ProgressBar();
    bar.setId("batch-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(model.progressProperty());
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label summary = new Label();
    summary.setId("batch-summary");
    summary.textProperty().bind(model.summaryProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("batch-cancel");
    cancel.setOnAction(e -> onCancel.run());
    HBox top = new HBox(8, bar, summary, cancel);

    TableView<BatchRow> table = new TableView<>(model.rows());
    table.setId("batch-table");
    table.setPlaceholder(new Label("Open or drop several images to classify them together."));
    TableColumn<BatchRow, String> name = new TableColumn<>("Image");
    name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
    name.setPrefWidth(200);
    TableColumn<BatchRow, String> result = new TableColumn<>("Digit");
    result.setCellValueFactory(c -> c.getValue().resultProperty());
    result.setPrefWidth(160);
    TableColumn<BatchRow, String> detail = new TableColumn<>("Details");
    detail.setCellValueFactory(c -> c.getValue().detailProperty());
    detail.setPrefWidth(360);
    table.getColumns().add(name);
    table.getColumns().add(result);
    table.getColumns().add(detail);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(top, table);
  }
}

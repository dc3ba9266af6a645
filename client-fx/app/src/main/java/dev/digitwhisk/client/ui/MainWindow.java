package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.ui.batch.BatchModel;
import dev.digitwhisk.client.ui.batch.BatchPane;
import dev.digitwhisk.client.ui.draw.DrawPane;
import dev.digitwhisk.client.ui.history.HistoryModel;
import dev.digitwhisk.client.ui.history.HistoryPane;
import dev.digitwhisk.client.ui.imports.FileOpener;
import dev.digitwhisk.client.ui.imports.Incoming;
import dev.digitwhisk.client.ui.mode.ReadModeModel;
import dev.digitwhisk.client.ui.result.ResultModel;
import dev.digitwhisk.client.ui.result.ResultPane;
import dev.digitwhisk.client.ui.settings.SettingsPane;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: toolbar, backend banner, tabs (Classify: pad + result; Batch; Settings),
 * history on the right, status line at the bottom. Keyboard: Enter classify, Ctrl+Z undo, Esc clear,
 * Ctrl+O open, Ctrl+V paste. Drops anywhere are accepted.
 */
public final class MainWindow extends BorderPane {
  private final BackendHolder backend;
  private final ResultModel result = new ResultModel();
  private final HistoryModel history = new HistoryModel();
  private final BatchModel batch = new BatchModel();
  private final ReadModeModel mode = new ReadModeModel();
  private final ClassifyController controller;
  private final Imports imports;
  private final DrawPane draw;
  private final TabPane tabs = new TabPane();
  private final StackPane resultSlot = new StackPane();
  private final Tab classifyTab;
  private final Tab batchTab;

  public MainWindow(BackendHolder backend, FileOpener opener, Path configFile, Theme theme) {
    this.backend = backend;
    getStyleClass().add("main-window");
    getStylesheets().add(MainWindow.class.getResource("digitwhisk.css").toExternalForm());
    controller = new ClassifyController(backend, mode, result, history, batch);
    imports = new Imports(controller, opener, this::showBatch);
    draw = new DrawPane(mode, this::classifyDrawing, this::exportDrawing);

    // The result pane goes into its slot in addResultAndHistory().
    SplitPane classify = new SplitPane(draw, resultSlot);
    classify.setDividerPositions(0.5);
    classifyTab = tab("Classify", classify);
    // Built on first use: fewer nodes to style and lay out before the first frame.
    batchTab = lazyTab("Batch", () -> new BatchPane(batch, controller::cancelBatch));
    Tab settingsTab = lazyTab("Settings",
        () -> new SettingsPane(configFile, new ConnectionTester(backend)::test, backend::switchTo));
    settingsTab.setId("settings-tab");
    tabs.getTabs().addAll(classifyTab, batchTab, settingsTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

    setTop(new VBox(toolbar(theme), banner()));
    setCenter(tabs);
    setBottom(statusLine());
    setOnDragOver(e -> {
      if (Incoming.usable(e.getDragboard())) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    setOnDragDropped(e -> {
      Incoming incoming = Incoming.from(e.getDragboard());
      imports.accept(incoming, "dropped image");
      e.setDropCompleted(!incoming.isEmpty());
      e.consume();
    });
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        installKeys(scene);
      }
    });
  }

  /**
   * Puts in the result pane and the history list (once). The app does it after its first frame:
   * their skins and first CSS pass are ~0.2 s of the window's start. They show the models' state
   * whenever they come in.
   */
  public void addResultAndHistory() {
    if (getRight() != null) {
      return;
    }
    // Scrolls when a long problem, or a number's boxes, and the bars do not fit the window's height; as wide as
    // the slot, so text wraps.
    ScrollPane scroll = new ScrollPane(new ResultPane(result));
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    resultSlot.getChildren().add(scroll);
    setRight(new HistoryPane(history, e -> {
      result.show(e.result());
      tabs.getSelectionModel().select(classifyTab);
    }));
  }

  private ToolBar toolbar(Theme theme) {
    Button open = new Button("Open…");
    open.setId("open");
    open.setTooltip(new Tooltip("Open images (Ctrl+O)"));
    open.setOnAction(e -> imports.open(getScene().getWindow()));
    Button paste = new Button("Paste");
    paste.setId("paste");
    paste.setTooltip(new Tooltip("Paste an image or files (Ctrl+V)"));
    paste.setOnAction(e -> imports.paste());
    ToggleButton dark = new ToggleButton("Dark");
    dark.setId("dark-mode");
    dark.selectedProperty().bindBidirectional(theme.darkProperty());
    Pane grow = new Pane();
    javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
    Label title = new Label("DigitWhisk");
    title.getStyleClass().add("title-4");
    return new ToolBar(title, new Separator(), open, paste, grow, dark);
  }

  private Label banner() {
    Label banner = new Label();
    banner.setId("backend-banner");
    banner.getStyleClass().add("backend-banner");
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setPadding(new Insets(4, 12, 4, 12));
    banner.textProperty().bind(backend.bannerProperty());
    return banner;
  }

  private Label statusLine() {
    Label status = new Label();
    status.setId("status");
    status.getStyleClass().add("status-line");
    status.setPadding(new Insets(4, 12, 4, 12));
    status.textProperty().bind(backend.statusProperty());
    return status;
  }

  private void installKeys(Scene scene) {
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
        () -> imports.open(scene.getWindow()));
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN), imports::paste);
    scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (tabs.getSelectionModel().getSelectedItem() != classifyTab) {
        return;
      }
      if (e.getCode() == KeyCode.ENTER) {
        classifyDrawing();
        e.consume();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        draw.pad().clear();
        e.consume();
      } else if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
        draw.pad().undo();
        e.consume();
      }
    });
  }

  /** Classifies what is on the pad (a drawing is a PNG upload like any other image). */
  public void classifyDrawing() {
    if (!draw.pad().isEmpty()) {
      controller.classify(DrawingExport.source(draw.pad()));
    }
  }

  private void exportDrawing() {
    DrawingExport.export(draw.pad(), getScene().getWindow());
  }

  /** Classifies files (command-line arguments, "Open with"). */
  public void openFiles(java.util.List<Path> files) {
    imports.files(files);
  }

  private void showBatch() {
    tabs.getSelectionModel().select(batchTab);
  }

  public ResultModel resultModel() {
    return result;
  }

  public BatchModel batchModel() {
    return batch;
  }

  public ReadModeModel readModeModel() {
    return mode;
  }

  public HistoryModel historyModel() {
    return history;
  }

  private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
    Tab t = tab(title, null);
    t.selectedProperty().addListener((obs, was, now) -> {
      if (now && t.getContent() == null) {
        t.setContent(content.get());
      }
    });
    return t;
  }

  private static Tab tab(String title, javafx.scene.Node content) {
    Tab t = new Tab(title, content);
    t.setClosable(false);
    return t;
  }
}

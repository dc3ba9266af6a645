package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.ui.draw.DrawingPad;
import dev.digitwhisk.client.ui.draw.PngExport;
import dev.digitwhisk.client.workflow.ImageSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The pad as an upload and as a saved PNG file. */
final class DrawingExport {
  private DrawingExport() {}

  static ImageSource source(DrawingPad pad) {
    return ImageSource.ofBytes("drawing.png", PngExport.toPng(pad.snapshotImage()));
  }

  static void export(DrawingPad pad, Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the drawing");
    chooser.setInitialFileName("drawing.png"); // a digit or a whole number, as the mode is
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return;
    }
    try {
      Files.write(file.toPath(), PngExport.toPng(pad.snapshotImage()));
    } catch (IOException e) {
      new Alert(Alert.AlertType.ERROR, "The drawing could not be saved to " + file + ": " + e.getMessage()
          + "\nChoose another folder.").showAndWait();
    }
  }
}

package dev.digitwhisk.client.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialog, with image filters; remembers the last folder. */
public final class ChooserFileOpener implements FileOpener {
  private File lastFolder;

  @Override
  public List<Path> chooseImages(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open images to classify");
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Images (PNG, JPEG, GIF, BMP)", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
        new FileChooser.ExtensionFilter("All files", "*.*"));
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    List<File> files = chooser.showOpenMultipleDialog(owner);
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    lastFolder = files.get(0).getParentFile();
    return files.stream().map(File::toPath).toList();
  }
}

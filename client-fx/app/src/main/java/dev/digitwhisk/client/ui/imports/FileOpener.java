package dev.digitwhisk.client.ui.imports;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks the user for image files (a FileChooser in the app; tests answer it themselves). */
@FunctionalInterface
public interface FileOpener {
  /** The chosen files, or an empty list when the user cancelled. */
  List<Path> chooseImages(Window owner);
}

package dev.digitwhisk.client.ui.mode;

import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.protocol.ReadMode;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the window reads from each picture — one digit or a whole number — for the drawing and for
 * opened, dropped and pasted images alike. FX thread only.
 */
public final class ReadModeModel {
  private final ObjectProperty<ReadMode> mode = new SimpleObjectProperty<>(ReadMode.DIGIT);

  public ObjectProperty<ReadMode> modeProperty() {
    return mode;
  }

  public ReadMode mode() {
    return mode.get();
  }

  public void set(ReadMode now) {
    mode.set(now);
  }

  /** The image, to read as the window's mode says. */
  public ImageSource apply(ImageSource source) {
    return source.reading(mode.get());
  }
}

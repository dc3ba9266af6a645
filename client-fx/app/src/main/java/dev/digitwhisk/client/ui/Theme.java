package dev.digitwhisk.client.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * AtlantaFX Primer, light or dark. JavaFX 21 cannot ask the OS for its appearance, so the start
 * value comes from what is cheap to read ({@code -Ddigitwhisk.theme}, GTK_THEME); the toolbar toggle does the rest.
 */
public final class Theme {
  private final BooleanProperty dark = new SimpleBooleanProperty(osPrefersDark());

  public Theme() {
    apply(dark.get());
    dark.addListener((obs, was, now) -> apply(now));
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  private static void apply(boolean dark) {
    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
  }

  static boolean osPrefersDark() {
    String forced = System.getProperty("digitwhisk.theme", "");
    if (!forced.isBlank()) {
      return forced.equalsIgnoreCase("dark");
    }
    String gtk = System.getenv("GTK_THEME");
    return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
  }
}

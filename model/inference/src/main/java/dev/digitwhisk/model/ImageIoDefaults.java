package dev.digitwhisk.model;

import javax.imageio.ImageIO;

/**
 * ImageIO settings every entry point needs: no disk cache, so a server decoding untrusted uploads
 * never spills them into the temp folder (and a read-only container has none). Decoding needs no
 * display; servers should still run with {@code -Djava.awt.headless=true}, which this library does
 * not force on its callers (a desktop app may need a real AWT toolkit for other things).
 */
final class ImageIoDefaults {
  private static volatile boolean applied;

  private ImageIoDefaults() {}

  static void apply() {
    if (!applied) {
      ImageIO.setUseCache(false);
      applied = true;
    }
  }
}

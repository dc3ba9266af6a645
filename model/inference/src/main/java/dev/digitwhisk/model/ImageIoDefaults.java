package dev.digitwhisk.model;

import javax.imageio.ImageIO;

/**
 * ImageIO settings every entry point needs: no disk cache (a server decoding untrusted uploads must
 * not spill them into the temp folder, and a read-only container has none) and a headless AWT, so
 * decoding works on servers and in containers without a display.
 */
final class ImageIoDefaults {
  private static volatile boolean applied;

  private ImageIoDefaults() {}

  static void apply() {
    if (applied) {
      return;
    }
    synchronized (ImageIoDefaults.class) {
      if (!applied) {
        if (System.getProperty("java.awt.headless") == null) {
          System.setProperty("java.awt.headless", "true");
        }
        ImageIO.setUseCache(false);
        applied = true;
      }
    }
  }
}

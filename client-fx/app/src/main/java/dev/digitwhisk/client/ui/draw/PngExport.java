package dev.digitwhisk.client.ui.draw;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** JavaFX pixels to PNG bytes (what is uploaded and what "Export PNG" writes). */
public final class PngExport {
  private PngExport() {}

  public static byte[] toPng(Image image) {
    BufferedImage rgb = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
    BufferedImage pixels = SwingFXUtils.fromFXImage(image, rgb);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(pixels, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

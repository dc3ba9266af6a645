package dev.digitwhisk.action;

import dev.digitwhisk.action.classify.ModelHolder;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.Preprocessor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Does once, off the request path, the work whose first time is slow: ImageIO's plug-in registry and
 * PNG codec, the preprocessing code, and ONNX Runtime's first run (which sizes its buffers). A cold
 * container's first {@code /run} then pays only for its own image. Failures here change nothing: the
 * real request simply does the same work itself.
 */
final class WarmUp {
  private WarmUp() {}

  static void startInBackground(ModelHolder model) {
    Thread thread = new Thread(() -> run(model), "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run(ModelHolder model) {
    try {
      byte[] png = samplePng();
      var input = Preprocessor.mnist().prepare(png);
      StartupTrace.mark("warm-up: image code ready");
      DigitClassifier classifier = model.get();
      classifier.classify(input);
      input.toPng();
      StartupTrace.mark("warm-up: first inference done");
    } catch (Exception | LinkageError e) {
      // Nothing to do: the first real activation does this work and reports any problem itself.
    }
  }

  /** A small PNG with a vertical stroke: enough ink to pass the "no digit found" check. */
  static byte[] samplePng() throws IOException {
    BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        image.getRaster().setSample(x, y, 0, x >= 12 && x <= 15 && y >= 4 && y <= 23 ? 0 : 255);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}

package dev.digitwhisk.action;

import dev.digitwhisk.action.classify.ModelHolder;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.Preprocessor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Does once, off the request path, the work whose first time is slow: ImageIO's plug-in registry and
 * PNG codec, the preprocessing code, the HTTP server's first answer, and ONNX Runtime's first run
 * (which sizes its buffers). A cold container's first {@code /run} then pays only for its own image.
 * Failures here change nothing: the real request simply does the same work itself.
 */
final class WarmUp {
  private WarmUp() {}

  static void startInBackground(ModelHolder model, URI server) {
    Thread thread = new Thread(() -> run(model, server), "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run(ModelHolder model, URI server) {
    try {
      // First what the first activation does after the model is ready (it waits for the model
      // anyway before that): the PNG of the model input, and the server's first answer, whose Date
      // header sets up java.time's text tables (~25 ms in a cold JVM).
      byte[] png = samplePng();
      var input = Preprocessor.mnist().prepare(png);
      input.toPng();
      answerOnce(server);
      StartupTrace.mark("warm-up: image code ready");
      DigitClassifier classifier = model.get();
      classifier.classify(input);
      StartupTrace.mark("warm-up: first inference done");
    } catch (Exception | LinkageError e) {
      // Nothing to do: the first real activation does this work and reports any problem itself.
    }
  }

  /** One request to an unknown path of our own server: a 404, no activation, nothing logged. */
  private static void answerOnce(URI server) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 1000);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /.warm-up HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.getInputStream().readAllBytes();
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

package dev.digitwhisk.action.startup;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Preprocessor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * Does once, off the request path, the work whose first time is slow: ImageIO's plug-in registry and
 * PNG codec, the preprocessing code, the HTTP server's first answer, and ONNX Runtime's first run
 * (which sizes its buffers). A cold container's first {@code /run} then pays only for its own image.
 * Failures here change nothing: the real request simply does the same work itself.
 */
public final class WarmUp {
  private WarmUp() {}

  /**
   * Starts the warm-up on a low-priority daemon thread. {@code model} gives the classifier, waiting
   * while it loads; {@code server} is the action's own address, for one answer of its own.
   */
  public static void startInBackground(Callable<DigitClassifier> model, URI server) {
    Thread thread = new Thread(() -> run(model, server), "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run(Callable<DigitClassifier> model, URI server) {
    try {
      // First what the first activation does after the model is ready (it waits for the model
      // anyway before that): the PNG of the model input (the encoder every answer uses), and the
      // server's first answer, whose Date header sets up java.time's text tables (~25 ms in a cold JVM).
      byte[] png = samplePng();
      var input = Preprocessor.mnist().prepare(png);
      input.toPng();
      answerOnce(server);
      StartupTrace.mark("warm-up: image code ready");
      DigitClassifier classifier = model.call();
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

  /**
   * A small PNG with a vertical stroke: enough ink to pass the "no digit found" check. Written by
   * the answers' own PNG encoder, not ImageIO's writer, whose disk cache makes a temp file on every start.
   */
  private static byte[] samplePng() {
    int[] pixels = new int[ModelInput.SIZE];
    for (int i = 0; i < pixels.length; i++) {
      int x = i % ModelInput.SIDE;
      int y = i / ModelInput.SIDE;
      pixels[i] = x >= 12 && x <= 15 && y >= 4 && y <= 23 ? 255 : 0;
    }
    return ModelInput.ofMnist(pixels).toPng();
  }
}

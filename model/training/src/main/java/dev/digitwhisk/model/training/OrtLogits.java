package dev.digitwhisk.model.training;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Raw logits from an ONNX model through ONNX Runtime, for the parity check ({@code DigitClassifier}
 * answers with probabilities, parity compares logits).
 */
public final class OrtLogits implements AutoCloseable {
  private static final int BATCH = 500;
  private final OrtEnvironment env;
  private final OrtSession session;

  public OrtLogits(byte[] onnx) throws OrtException {
    env = OrtEnvironment.getEnvironment();
    env.setTelemetry(false);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setInterOpNumThreads(1);
      session = env.createSession(onnx, options);
    }
  }

  public float[][] logits(DigitData data) throws OrtException {
    int n = data.size();
    float[][] out = new float[n][];
    for (int from = 0; from < n; from += BATCH) {
      int b = Math.min(BATCH, n - from);
      FloatBuffer pixels = FloatBuffer.wrap(data.pixels(), from * DigitData.SIZE, b * DigitData.SIZE).slice();
      try (OnnxTensor x = OnnxTensor.createTensor(env, pixels, new long[] {b, 1, DigitData.SIDE, DigitData.SIDE});
           OrtSession.Result result = session.run(Map.of(OnnxGraphBuilder.INPUT, x))) {
        float[][] rows = (float[][]) result.get(OnnxGraphBuilder.OUTPUT).orElseThrow().getValue();
        System.arraycopy(rows, 0, out, from, b);
      }
    }
    return out;
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}

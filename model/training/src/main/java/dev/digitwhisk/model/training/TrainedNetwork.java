package dev.digitwhisk.model.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;

/** A DJL network with weights, for inference (batch norm in inference mode, no dropout) and export. */
public final class TrainedNetwork implements AutoCloseable {
  private static final int BATCH = 500;
  private final Model model;
  private final SequentialBlock block;
  private final Architecture architecture;

  TrainedNetwork(Model model, SequentialBlock block, Architecture architecture) {
    this.model = model;
    this.block = block;
    this.architecture = architecture;
  }

  public Architecture architecture() {
    return architecture;
  }

  SequentialBlock block() {
    return block;
  }

  /** Logits [n][10] for every digit of {@code data}, as DJL/PyTorch computes them. */
  public float[][] logits(DigitData data) {
    int n = data.size();
    float[][] out = new float[n][];
    for (int from = 0; from < n; from += BATCH) {
      int b = Math.min(BATCH, n - from);
      float[] pixels = new float[b * DigitData.SIZE];
      System.arraycopy(data.pixels(), from * DigitData.SIZE, pixels, 0, pixels.length);
      try (NDManager manager = model.getNDManager().newSubManager()) {
        NDArray x = manager.create(pixels, new Shape(b, 1, DigitData.SIDE, DigitData.SIDE));
        NDArray y = block.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
        int classes = (int) y.getShape().get(1);
        float[] flat = y.toFloatArray();
        for (int i = 0; i < b; i++) {
          out[from + i] = new float[classes];
          System.arraycopy(flat, i * classes, out[from + i], 0, classes);
        }
      }
    }
    return out;
  }

  /** Weights per layer in layer order, for {@link OnnxGraphBuilder}. */
  public List<Map<String, Tensor>> weights() {
    return DjlNetwork.weights(block);
  }

  @Override
  public void close() {
    model.close();
  }
}

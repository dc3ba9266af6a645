package dev.digitwhisk.model.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Weights of the right shapes for any architecture, without DJL: to test the ONNX graph alone. */
final class RandomWeights {
  private RandomWeights() {}

  static List<Map<String, Tensor>> of(Architecture architecture, long seed) {
    Random random = new Random(seed);
    List<Map<String, Tensor>> out = new ArrayList<>();
    int channels = 1;
    int side = DigitData.SIDE;
    int features = 0;
    for (Layer layer : architecture.layers()) {
      Map<String, Tensor> w = new LinkedHashMap<>();
      switch (layer) {
        case Layer.Conv c -> {
          w.put("weight", tensor(random, 0.3f, c.filters(), channels, c.kernel(), c.kernel()));
          w.put("bias", tensor(random, 0.1f, c.filters()));
          channels = c.filters();
        }
        case Layer.BatchNorm b -> {
          int n = features > 0 ? features : channels;
          w.put("gamma", tensor(random, 0.2f, n));
          w.put("beta", tensor(random, 0.2f, n));
          w.put("runningMean", tensor(random, 0.2f, n));
          Tensor var = tensor(random, 0.2f, n);
          for (int i = 0; i < n; i++) {
            var.data()[i] = 1 + Math.abs(var.data()[i]);
          }
          w.put("runningVar", var);
        }
        case Layer.MaxPool p -> side /= p.size();
        case Layer.Flatten f -> features = channels * side * side;
        case Layer.Dense d -> {
          w.put("weight", tensor(random, 0.05f, d.units(), features));
          w.put("bias", tensor(random, 0.1f, d.units()));
          features = d.units();
        }
        default -> { }
      }
      out.add(w);
    }
    return out;
  }

  private static Tensor tensor(Random random, float scale, long... shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    float[] data = new float[(int) n];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian() * scale;
    }
    return new Tensor(shape, data);
  }
}

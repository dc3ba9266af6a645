package dev.digitwhisk.model.training;

import java.util.ArrayList;
import java.util.List;

/** The network as an ordered list of layers, with its shapes and parameter count worked out. */
public record Architecture(List<Layer> layers) {
  /** MNIST training-set pixel statistics (0..1 scale), the usual constants. */
  public static final float MNIST_MEAN = 0.1307f;
  public static final float MNIST_STD = 0.3081f;
  public static final float BN_EPSILON = 1e-5f;

  public Architecture {
    layers = List.copyOf(layers);
  }

  /**
   * The shipped network: a LeNet-family CNN with batch norm and dropout. Conv 32-32 (3×3) → pool →
   * conv 64-64 → pool → dense 256 → 10, each conv and the hidden dense followed by BN + ReLU.
   */
  public static Architecture standard() {
    List<Layer> l = new ArrayList<>();
    l.add(new Layer.Normalize(MNIST_MEAN, MNIST_STD));
    for (int filters : new int[] {32, 64}) {
      for (int i = 0; i < 2; i++) {
        l.add(new Layer.Conv(filters, 3));
        l.add(new Layer.BatchNorm(BN_EPSILON));
        l.add(new Layer.Relu());
      }
      l.add(new Layer.MaxPool(2));
      l.add(new Layer.Dropout(0.1f));
    }
    l.add(new Layer.Flatten());
    l.add(new Layer.Dense(256));
    l.add(new Layer.BatchNorm(BN_EPSILON));
    l.add(new Layer.Relu());
    l.add(new Layer.Dropout(0.4f));
    l.add(new Layer.Dense(10));
    return new Architecture(l);
  }

  /** Trainable parameters (BN running statistics not counted) for a 1×28×28 input. */
  public long parameterCount() {
    long count = 0;
    int channels = 1;
    int side = DigitData.SIDE;
    int features = 0;
    for (Layer layer : layers) {
      switch (layer) {
        case Layer.Conv c -> {
          count += (long) c.filters() * channels * c.kernel() * c.kernel() + c.filters();
          channels = c.filters();
        }
        case Layer.BatchNorm b -> count += 2L * (features > 0 ? features : channels);
        case Layer.MaxPool p -> side /= p.size();
        case Layer.Flatten f -> features = channels * side * side;
        case Layer.Dense d -> {
          count += (long) d.units() * features + d.units();
          features = d.units();
        }
        default -> { }
      }
    }
    return count;
  }

  /** One line per layer, for the model card and the console. */
  public List<String> describeLayers() {
    return layers.stream().map(Architecture::describe).toList();
  }

  public String summary() {
    return "CNN: conv 3×3 32-32 → maxpool 2 → conv 3×3 64-64 → maxpool 2 → dense 256 → dense 10; batch norm + ReLU after "
        + "every conv and the hidden dense, dropout 0.1 after each pool and 0.4 before the output; "
        + "%,d parameters".formatted(parameterCount());
  }

  private static String describe(Layer layer) {
    return switch (layer) {
      case Layer.Normalize n -> "normalize (x - %s) / %s".formatted(n.mean(), n.std());
      case Layer.Conv c -> "conv %dx%d, %d filters, stride 1, same padding".formatted(c.kernel(), c.kernel(), c.filters());
      case Layer.BatchNorm b -> "batch norm (eps %s)".formatted(b.epsilon());
      case Layer.Relu r -> "relu";
      case Layer.MaxPool p -> "max pool %dx%d".formatted(p.size(), p.size());
      case Layer.Flatten f -> "flatten";
      case Layer.Dense d -> "dense %d".formatted(d.units());
      case Layer.Dropout d -> "dropout %s (training only)".formatted(d.rate());
    };
  }
}

package dev.digitwhisk.model.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link Architecture} into a DJL block (one child per layer) and reads its weights back. */
public final class DjlNetwork {
  private DjlNetwork() {}

  public static SequentialBlock build(Architecture architecture) {
    SequentialBlock block = new SequentialBlock();
    for (Layer layer : architecture.layers()) {
      block.add(toBlock(layer));
    }
    return block;
  }

  private static Block toBlock(Layer layer) {
    return switch (layer) {
      case Layer.Normalize n -> LambdaBlock.singleton(x -> x.sub(n.mean()).div(n.std()), "normalize");
      case Layer.Conv c -> Conv2d.builder()
          .setKernelShape(new Shape(c.kernel(), c.kernel()))
          .optPadding(new Shape(c.kernel() / 2, c.kernel() / 2))
          .setFilters(c.filters())
          .build();
      case Layer.BatchNorm b -> BatchNorm.builder().optEpsilon(b.epsilon()).build();
      case Layer.Relu r -> LambdaBlock.singleton(Activation::relu, "relu");
      case Layer.MaxPool p -> Pool.maxPool2dBlock(new Shape(p.size(), p.size()), new Shape(p.size(), p.size()));
      case Layer.Flatten f -> Blocks.batchFlattenBlock();
      case Layer.Dense d -> Linear.builder().setUnits(d.units()).build();
      case Layer.Dropout d -> Dropout.builder().optRate(d.rate()).build();
    };
  }

  /**
   * The weights of every layer, in layer order (empty maps for layers without any), keyed
   * {@code weight}/{@code bias} or {@code gamma}/{@code beta}/{@code runningMean}/{@code runningVar}.
   */
  public static List<Map<String, Tensor>> weights(SequentialBlock block) {
    List<Map<String, Tensor>> out = new ArrayList<>();
    for (Block child : block.getChildren().values()) {
      Map<String, Tensor> params = new LinkedHashMap<>();
      for (var entry : child.getParameters()) {
        Parameter p = entry.getValue();
        NDArray array = p.getArray();
        params.put(p.getName(), new Tensor(array.getShape().getShape(), array.toFloatArray()));
      }
      out.add(params);
    }
    return out;
  }
}

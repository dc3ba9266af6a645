package dev.digitwhisk.model.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** An in-memory copy of every parameter (BN running statistics included), to return to the best epoch. */
final class Checkpoint {
  private final Map<String, float[]> values;

  private Checkpoint(Map<String, float[]> values) {
    this.values = values;
  }

  static Checkpoint of(Block block) {
    Map<String, float[]> values = new LinkedHashMap<>();
    for (var entry : block.getParameters()) {
      values.put(entry.getKey(), entry.getValue().getArray().toFloatArray());
    }
    return new Checkpoint(values);
  }

  void restoreInto(Block block) {
    for (var entry : block.getParameters()) {
      Parameter p = entry.getValue();
      float[] saved = values.get(entry.getKey());
      if (saved == null) {
        throw new IllegalStateException("the checkpoint has no parameter " + entry.getKey());
      }
      NDArray array = p.getArray();
      array.set(FloatBuffer.wrap(saved));
    }
  }
}

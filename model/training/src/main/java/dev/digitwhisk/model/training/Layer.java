package dev.digitwhisk.model.training;

/**
 * One step of the network, independent of any framework: {@link DjlNetwork} turns the list into a
 * DJL block for training and {@link OnnxGraphBuilder} into ONNX nodes, so both read the same spec.
 */
public sealed interface Layer {

  /** (x − mean) / std: MNIST normalisation, the graph's first nodes so callers feed 0..1 pixels. */
  record Normalize(float mean, float std) implements Layer {}

  /** Square kernel, stride 1, "same" zero padding. */
  record Conv(int filters, int kernel) implements Layer {}

  record BatchNorm(float epsilon) implements Layer {}

  record Relu() implements Layer {}

  /** Non-overlapping max pooling. */
  record MaxPool(int size) implements Layer {}

  record Flatten() implements Layer {}

  /** Fully connected; weight [units, inputs] as DJL stores it, i.e. ONNX Gemm with transB = 1. */
  record Dense(int units) implements Layer {}

  /** Training only; the identity at inference and absent from the ONNX graph. */
  record Dropout(float rate) implements Layer {}
}

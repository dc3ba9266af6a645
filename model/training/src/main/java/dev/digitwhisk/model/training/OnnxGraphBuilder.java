package dev.digitwhisk.model.training;

import ai.onnx.proto.OnnxMl;
import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Architecture} with trained weights as an ONNX model built straight from the ONNX
 * protobuf classes (Tribuo's graph helper knows no Conv or MaxPool). Input {@value #INPUT}
 * float32 [N,1,28,28] of 0..1 pixels, output {@value #OUTPUT} float32 [N,10]; the normalisation is
 * the first Sub/Div nodes, batch norm stays an inference-mode BatchNormalization node and dropout is
 * left out. DJL's weight layouts are ONNX's: Conv [out,in,k,k], Dense [out,in] = Gemm with transB.
 */
public final class OnnxGraphBuilder {
  public static final String INPUT = "input";
  public static final String OUTPUT = "logits";
  public static final String BATCH_DIM = "N";
  public static final int OPSET = 13;
  /** IR version 7 pairs with opset 13 and is read by every ONNX Runtime since 1.6. */
  private static final long IR_VERSION = 7;

  private final OnnxMl.GraphProto.Builder graph = OnnxMl.GraphProto.newBuilder().setName("digitwhisk-mnist-cnn");
  private int counter;

  private OnnxGraphBuilder() {}

  /** {@code weights} holds one map per layer, in layer order, as {@link DjlNetwork#weights} returns. */
  public static OnnxMl.ModelProto build(Architecture architecture, List<Map<String, Tensor>> weights, String producerVersion) {
    if (weights.size() != architecture.layers().size()) {
      throw new IllegalArgumentException(architecture.layers().size() + " layers but " + weights.size() + " weight maps");
    }
    OnnxGraphBuilder b = new OnnxGraphBuilder();
    String x = INPUT;
    int outputs = 0;
    for (int i = 0; i < architecture.layers().size(); i++) {
      x = b.layer(architecture.layers().get(i), weights.get(i), x, "l" + i);
      if (architecture.layers().get(i) instanceof Layer.Dense d) {
        outputs = d.units();
      }
    }
    b.renameLastOutput(x);
    b.graph.addInput(valueInfo(INPUT, BATCH_DIM, 1, DigitData.SIDE, DigitData.SIDE));
    b.graph.addOutput(valueInfo(OUTPUT, BATCH_DIM, outputs));
    return OnnxMl.ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .setProducerName("digitwhisk-model-training")
        .setProducerVersion(producerVersion)
        .setDomain("dev.digitwhisk")
        .setModelVersion(1)
        .setDocString("MNIST digit classifier. Input: 0..1 pixels, ink = 1, [N,1,28,28]. Output: logits [N,10].")
        .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
        .setGraph(b.graph)
        .build();
  }

  private String layer(Layer layer, Map<String, Tensor> w, String x, String name) {
    return switch (layer) {
      case Layer.Normalize n -> {
        String mean = initializer(name + "_mean", new Tensor(new long[] {1}, new float[] {n.mean()}));
        String std = initializer(name + "_std", new Tensor(new long[] {1}, new float[] {n.std()}));
        yield node("Div", name + "_div", List.of(node("Sub", name + "_sub", List.of(x, mean), List.of()), std), List.of());
      }
      case Layer.Conv c -> node("Conv", name, List.of(x, initializer(name + "_W", get(w, "weight", name)),
              initializer(name + "_B", get(w, "bias", name))),
          List.of(ints("kernel_shape", c.kernel(), c.kernel()), ints("pads", c.kernel() / 2, c.kernel() / 2, c.kernel() / 2, c.kernel() / 2),
              ints("strides", 1, 1)));
      case Layer.BatchNorm bn -> node("BatchNormalization", name, List.of(x,
              initializer(name + "_scale", get(w, "gamma", name)), initializer(name + "_bias", get(w, "beta", name)),
              initializer(name + "_mean", get(w, "runningMean", name)), initializer(name + "_var", get(w, "runningVar", name))),
          List.of(AttributeProto.newBuilder().setName("epsilon").setType(AttributeProto.AttributeType.FLOAT).setF(bn.epsilon()).build()));
      case Layer.Relu r -> node("Relu", name, List.of(x), List.of());
      case Layer.MaxPool p -> node("MaxPool", name, List.of(x), List.of(ints("kernel_shape", p.size(), p.size()), ints("strides", p.size(), p.size())));
      case Layer.Flatten f -> node("Flatten", name, List.of(x), List.of(AttributeProto.newBuilder().setName("axis")
          .setType(AttributeProto.AttributeType.INT).setI(1).build()));
      case Layer.Dense d -> node("Gemm", name, List.of(x, initializer(name + "_W", get(w, "weight", name)),
              initializer(name + "_B", get(w, "bias", name))),
          List.of(AttributeProto.newBuilder().setName("transB").setType(AttributeProto.AttributeType.INT).setI(1).build()));
      case Layer.Dropout d -> x;
    };
  }

  private String node(String op, String name, List<String> inputs, List<AttributeProto> attributes) {
    String out = name + "_" + op.toLowerCase() + "_out" + counter++;
    graph.addNode(NodeProto.newBuilder().setOpType(op).setName(name + "_" + op).addAllInput(inputs).addOutput(out)
        .addAllAttribute(attributes));
    return out;
  }

  /** The last node's output becomes the graph output {@value #OUTPUT}. */
  private void renameLastOutput(String x) {
    int last = graph.getNodeCount() - 1;
    NodeProto node = graph.getNode(last);
    if (!node.getOutput(0).equals(x)) {
      throw new IllegalStateException("the graph does not end in its last node");
    }
    graph.setNode(last, node.toBuilder().setOutput(0, OUTPUT));
  }

  private String initializer(String name, Tensor t) {
    ByteBuffer bytes = ByteBuffer.allocate(t.data().length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(t.data());
    OnnxMl.TensorProto.Builder proto = OnnxMl.TensorProto.newBuilder().setName(name)
        .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setRawData(ByteString.copyFrom(bytes));
    for (long d : t.shape()) {
      proto.addDims(d);
    }
    graph.addInitializer(proto);
    return name;
  }

  private static Tensor get(Map<String, Tensor> w, String key, String layer) {
    Tensor t = w.get(key);
    if (t == null) {
      throw new IllegalArgumentException("layer " + layer + " has no '" + key + "' weights, only " + w.keySet());
    }
    return t;
  }

  private static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long v : values) {
      a.addInts(v);
    }
    return a.build();
  }

  /** A float tensor type; String dims are symbolic (the batch), numbers fixed. */
  private static OnnxMl.ValueInfoProto valueInfo(String name, Object... dims) {
    OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
    for (Object d : dims) {
      OnnxMl.TensorShapeProto.Dimension.Builder dim = OnnxMl.TensorShapeProto.Dimension.newBuilder();
      if (d instanceof String s) {
        dim.setDimParam(s);
      } else {
        dim.setDimValue(((Number) d).longValue());
      }
      shape.addDim(dim);
    }
    OnnxMl.TypeProto.Tensor.Builder tensor = OnnxMl.TypeProto.Tensor.newBuilder()
        .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape);
    return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder().setTensorType(tensor)).build();
  }
}

package dev.digitwhisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class OnnxGraphBuilderTest {
  private final Architecture standard = Architecture.standard();

  @Test
  void build_standardArchitecture_hasTheSharedContract() {
    OnnxMl.ModelProto model = OnnxGraphBuilder.build(standard, RandomWeights.of(standard, 1), "test");
    assertThat(model.getOpsetImport(0).getVersion()).isGreaterThanOrEqualTo(13);
    OnnxMl.GraphProto graph = model.getGraph();
    assertThat(graph.getInputList()).extracting(OnnxMl.ValueInfoProto::getName).containsExactly("input");
    assertThat(graph.getOutputList()).extracting(OnnxMl.ValueInfoProto::getName).containsExactly("logits");
    assertThat(dims(graph.getInput(0))).containsExactly("N", "1", "28", "28");
    assertThat(dims(graph.getOutput(0))).containsExactly("N", "10");
    assertThat(graph.getNode(0).getOpType()).isEqualTo("Sub");
    assertThat(graph.getNode(0).getInput(0)).isEqualTo("input");
    assertThat(graph.getNode(1).getOpType()).isEqualTo("Div");
    assertThat(scalar(graph, graph.getNode(0).getInput(1))).isEqualTo(Architecture.MNIST_MEAN);
    assertThat(scalar(graph, graph.getNode(1).getInput(1))).isEqualTo(Architecture.MNIST_STD);
    assertThat(graph.getNodeList()).extracting(OnnxMl.NodeProto::getOpType)
        .contains("Conv", "BatchNormalization", "Relu", "MaxPool", "Flatten", "Gemm").doesNotContain("Dropout");
    assertThat(graph.getNode(graph.getNodeCount() - 1).getOutput(0)).isEqualTo("logits");
  }

  @Test
  void build_standardArchitecture_runsInOnnxRuntimeForAnyBatchSize() throws Exception {
    byte[] onnx = OnnxGraphBuilder.build(standard, RandomWeights.of(standard, 2), "test").toByteArray();
    try (OrtLogits ort = new OrtLogits(onnx)) {
      for (int n : new int[] {1, 3, 64}) {
        float[][] logits = ort.logits(new DigitData(new float[n * DigitData.SIZE], new int[n]));
        assertThat(logits).hasDimensions(n, 10);
      }
    }
  }

  @Test
  void build_denseNetwork_computesNormalisedAffineMap() throws Exception {
    Architecture tiny = new Architecture(List.of(new Layer.Normalize(0.5f, 0.25f), new Layer.Flatten(), new Layer.Dense(10)));
    List<Map<String, Tensor>> weights = RandomWeights.of(tiny, 3);
    float[] w = weights.get(2).get("weight").data();
    float[] b = weights.get(2).get("bias").data();
    float[] pixels = SyntheticDigits.seven(2f);
    float[][] logits;
    try (OrtLogits ort = new OrtLogits(OnnxGraphBuilder.build(tiny, weights, "test").toByteArray())) {
      logits = ort.logits(new DigitData(pixels, new int[] {7}));
    }
    for (int o = 0; o < 10; o++) {
      double expected = b[o];
      for (int i = 0; i < DigitData.SIZE; i++) {
        expected += w[o * DigitData.SIZE + i] * (pixels[i] - 0.5) / 0.25;
      }
      assertThat((double) logits[0][o]).isCloseTo(expected, Offset.offset(1e-4));
    }
  }

  @Test
  void build_missingWeights_saysWhichLayer() {
    List<Map<String, Tensor>> weights = new java.util.ArrayList<>(RandomWeights.of(standard, 4));
    weights.set(1, Map.of());
    assertThatThrownBy(() -> OnnxGraphBuilder.build(standard, weights, "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l1").hasMessageContaining("weight");
  }

  private static List<String> dims(OnnxMl.ValueInfoProto info) {
    return info.getType().getTensorType().getShape().getDimList().stream()
        .map(d -> d.hasDimParam() ? d.getDimParam() : String.valueOf(d.getDimValue())).toList();
  }

  private static float scalar(OnnxMl.GraphProto graph, String name) {
    OnnxMl.TensorProto t = graph.getInitializerList().stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
    return java.nio.ByteBuffer.wrap(t.getRawData().toByteArray()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getFloat();
  }
}

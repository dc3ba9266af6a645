package dev.digitwhisk.model.training;

import dev.digitwhisk.model.ModelCard;
import dev.digitwhisk.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes {@code model-card.json} beside the exported model, through {@link ModelCard} itself: the
 * card's fields (what the action reports) and, after them, details for people (version, layers,
 * input/output contract, per-digit accuracy, parity, versions).
 */
final class ModelCardWriter {
  static final String NAME = "digitwhisk-mnist-cnn";
  static final String DJL_VERSION = "0.36.0";
  static final String PYTORCH_VERSION = "2.7.1";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelCardWriter() {}

  /** Everything the card needs to say about a run. */
  record Facts(Architecture architecture, TrainingOptions options, Augmenter.Settings augmentation, ValidationSplit split,
      String trainingFiles, TrainingLoop.Run run, Evaluation test, Parity parity, String sha256, String version) {}

  static void write(Facts f, Path card) throws IOException {
    ModelCard fields = new ModelCard(NAME, f.architecture().summary(), f.architecture().parameterCount(),
        "trained with DJL %s + PyTorch %s (CPU) in Java, exported to ONNX opset %d by DigitWhisk's own graph builder"
            .formatted(DJL_VERSION, PYTORCH_VERSION, OnnxGraphBuilder.OPSET),
        "MNIST training file %s: %,d digits; trained on the first %,d, validation on %s; the 10,000-digit MNIST test set was only reported, never used for choices"
            .formatted(f.trainingFiles(), f.split().total(), f.split().train().size(), f.split().describe()),
        f.options().augment() ? f.augmentation().describe() : "none",
        f.run().best().epoch(), f.options().seed(), f.run().best().validationAccuracy(), f.test().accuracy(), f.sha256(),
        LocalDate.now(ZoneOffset.UTC).toString(),
        "Reproduce with model/training/model.sh train (see model/training/README.md). Epoch chosen by validation accuracy.");
    Files.writeString(card, fields.toJson(details(f)));
  }

  private static Map<String, JsonNode> details(Facts f) {
    Map<String, JsonNode> d = new LinkedHashMap<>();
    d.put("version", NODES.stringNode(f.version()));
    ArrayNode layers = Json.array();
    f.architecture().describeLayers().forEach(layers::add);
    d.put("layers", layers);
    d.put("input", Json.object().put("name", OnnxGraphBuilder.INPUT).put("type", "float32").put("shape", "[N,1,28,28]"));
    d.put("output", Json.object().put("name", OnnxGraphBuilder.OUTPUT).put("type", "float32").put("shape", "[N,10]"));
    d.put("preprocessing", NODES.stringNode("feed 0..1 pixels, ink = 1 (MNIST white-on-black / 255), digit fitted"
        + " to 20×20 and centred by centre of mass in 28×28; the MNIST normalisation (x - %s) / %s is inside the graph"
        .formatted(Architecture.MNIST_MEAN, Architecture.MNIST_STD) + " (first nodes Sub, Div); softmax the logits"));
    d.put("trainingCount", NODES.numberNode(f.split().train().size()));
    d.put("validationCount", NODES.numberNode(f.split().validation().size()));
    d.put("epochsRun", NODES.numberNode(f.run().history().size()));
    d.put("optimizer", NODES.stringNode(f.options().optimizerDescription()));
    ArrayNode perClass = Json.array();
    for (double v : f.test().perClassAccuracy()) {
      perClass.add(v);
    }
    d.put("perClassTestAccuracy", perClass);
    d.put("parity", Json.object().put("maxAbsLogitDifference", f.parity().maxAbsDifference())
        .put("digits", f.parity().count()).put("differentPredictions", f.parity().disagreements()));
    d.put("trainingSeconds", NODES.numberNode(Math.round(f.run().seconds())));
    d.put("trainingImagesPerSecond", NODES.numberNode(Math.round(f.run().imagesPerSecond())));
    d.put("djlVersion", NODES.stringNode(DJL_VERSION));
    d.put("pytorchVersion", NODES.stringNode(PYTORCH_VERSION));
    return d;
  }
}

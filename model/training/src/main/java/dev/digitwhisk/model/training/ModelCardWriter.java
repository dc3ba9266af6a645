package dev.digitwhisk.model.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code model-card.json} beside the exported model. The top-level keys are the ones the
 * inference side's {@code ModelCard} reads (name, architecture, parameters, framework, trainingData,
 * augmentation, epochs, seed, validationAccuracy, testAccuracy, sha256, date, placeholder, notes);
 * the rest is detail for people (input/output contract, per-digit accuracy, versions).
 */
final class ModelCardWriter {
  static final String NAME = "digitwhisk-mnist-cnn";
  static final String DJL_VERSION = "0.36.0";
  static final String PYTORCH_VERSION = "2.7.1";

  private ModelCardWriter() {}

  /** Everything the card needs to say about a run. */
  record Facts(Architecture architecture, TrainingOptions options, Augmenter.Settings augmentation, ValidationSplit split,
      String trainingFiles, TrainingLoop.Run run, Evaluation test, Parity parity, String sha256, String version) {}

  static void write(Facts f, Path card) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", NAME);
    m.put("version", f.version());
    m.put("architecture", f.architecture().summary());
    m.put("parameters", f.architecture().parameterCount());
    m.put("layers", f.architecture().describeLayers());
    m.put("framework", "trained with DJL %s + PyTorch %s (CPU) in Java, exported to ONNX opset %d by DigitWhisk's own graph builder"
        .formatted(DJL_VERSION, PYTORCH_VERSION, OnnxGraphBuilder.OPSET));
    m.put("input", Map.of("name", OnnxGraphBuilder.INPUT, "type", "float32", "shape", "[N,1,28,28]"));
    m.put("output", Map.of("name", OnnxGraphBuilder.OUTPUT, "type", "float32", "shape", "[N,10]"));
    m.put("preprocessing", "feed 0..1 pixels, ink = 1 (MNIST white-on-black / 255), digit fitted to 20×20 and centred by centre"
        + " of mass in 28×28; the MNIST normalisation (x - %s) / %s is inside the graph (first nodes Sub, Div); softmax the logits"
        .formatted(Architecture.MNIST_MEAN, Architecture.MNIST_STD));
    m.put("trainingData", "MNIST training file %s: %,d digits; trained on the first %,d, validation on %s; the 10,000-digit MNIST test set was only reported, never used for choices"
        .formatted(f.trainingFiles(), f.split().total(), f.split().train().size(), f.split().describe()));
    m.put("trainingCount", f.split().train().size());
    m.put("validationCount", f.split().validation().size());
    m.put("augmentation", f.options().augment() ? f.augmentation().describe() : "none");
    m.put("epochs", f.run().best().epoch());
    m.put("epochsRun", f.run().history().size());
    m.put("seed", f.options().seed());
    m.put("optimizer", f.options().optimizerDescription());
    m.put("validationAccuracy", f.run().best().validationAccuracy());
    m.put("testAccuracy", f.test().accuracy());
    List<Double> perClass = new ArrayList<>();
    for (double v : f.test().perClassAccuracy()) {
      perClass.add(v);
    }
    m.put("perClassTestAccuracy", perClass);
    m.put("parity", Map.of("maxAbsLogitDifference", f.parity().maxAbsDifference(), "digits", f.parity().count(),
        "differentPredictions", f.parity().disagreements()));
    m.put("trainingSeconds", Math.round(f.run().seconds()));
    m.put("trainingImagesPerSecond", Math.round(f.run().imagesPerSecond()));
    m.put("sha256", f.sha256());
    m.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    m.put("djlVersion", DJL_VERSION);
    m.put("pytorchVersion", PYTORCH_VERSION);
    m.put("placeholder", false);
    m.put("notes", "Reproduce with model/training/model.sh train (see model/training/README.md). Epoch chosen by validation accuracy.");
    Files.writeString(card, Json.write(m));
  }
}

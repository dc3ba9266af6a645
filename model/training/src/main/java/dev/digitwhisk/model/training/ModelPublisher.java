package dev.digitwhisk.model.training;

import dev.digitwhisk.model.DigitClassifier;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After training: exports {@value #MODEL_FILE}, checks ONNX Runtime against DJL on the test digits,
 * measures the exported file with the product's {@link DigitClassifier} (reported only, no choice
 * depends on it) and writes {@value #CARD_FILE}, the confusion chart and the per-epoch history.
 */
public final class ModelPublisher {
  public static final String MODEL_FILE = "mnist-cnn.onnx";
  public static final String CARD_FILE = "model-card.json";

  private ModelPublisher() {}

  /** Where everything went and what it measured. */
  public record Published(Path model, Path card, Path chart, String sha256, Parity parity, Evaluation test) {}

  public static Published publish(TrainingLoop.Run run, Architecture architecture, TrainingOptions options,
      Augmenter.Settings augmentation, ValidationSplit split, String trainingFiles, DigitData test, Path out) throws Exception {
    TrainedNetwork network = run.network();
    byte[] onnx = OnnxExport.toBytes(network, "1");
    Path model = out.resolve(MODEL_FILE);
    OnnxExport.write(onnx, model);
    Parity parity;
    try (OrtLogits ort = new OrtLogits(onnx)) {
      parity = Parity.compare(network.logits(test), ort.logits(test));
    }
    Evaluation evaluation;
    try (DigitClassifier classifier = DigitClassifier.load(model)) {
      evaluation = ModelEvaluator.evaluate(classifier, test);
    }
    String sha = OnnxExport.sha256(onnx);
    Path card = out.resolve(CARD_FILE);
    ModelCardWriter.write(new ModelCardWriter.Facts(architecture, options, augmentation, split, trainingFiles, run,
        evaluation, parity, sha, "1"), card);
    Path reports = out.toAbsolutePath().getParent().resolve(out.getFileName() + "-report");
    Files.createDirectories(reports);
    Path chart = reports.resolve("confusion-test.png");
    ConfusionChart.write(evaluation, ModelCardWriter.NAME + " on the MNIST test set", chart);
    Files.writeString(reports.resolve("history.csv"), History.csv(run.history()));
    return new Published(model, card, chart, sha, parity, evaluation);
  }
}

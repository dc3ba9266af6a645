package dev.digitwhisk.model.training;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelCard;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Accuracy, per-digit accuracy and confusion matrix (text and PNG) of any ONNX model on any IDX set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate an ONNX model (default: the shipped one) on an IDX set (default: the MNIST test set).")
final class EvaluateCommand implements Callable<Integer> {
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--model", paramLabel = "FILE", description = "An .onnx file; default: the model shipped in the model artifact.")
  Path model;

  @Option(names = "--images", paramLabel = "IDX", description = "idx3 image file; default: the test images in --data.")
  Path images;

  @Option(names = "--labels", paramLabel = "IDX", description = "idx1 label file; default: the test labels in --data.")
  Path labels;

  @Option(names = "--chart", paramLabel = "PNG", defaultValue = "target/confusion-matrix.png",
      description = "Where to draw the confusion matrix (default: ${DEFAULT-VALUE}).")
  Path chart;

  @Override
  public Integer call() throws Exception {
    if ((images == null) != (labels == null)) {
      throw new IllegalArgumentException("--images and --labels go together");
    }
    MnistSet set;
    String setName;
    if (images != null) {
      set = MnistSet.read(images, labels);
      setName = images.getFileName().toString();
    } else {
      MnistFiles files = data.files();
      set = files.readTest();
      setName = files.testImages().getFileName().toString();
    }
    DigitData digits = DigitData.of(set);
    try (DigitClassifier classifier = model == null ? DigitClassifier.loadDefault() : DigitClassifier.load(model)) {
      ModelCard card = classifier.card();
      String modelName = model == null ? "shipped model " + card.name() : model.toString();
      System.out.printf("%s (sha256 %s) on %s, %,d digits%n", modelName, card.sha256(), setName, digits.size());
      Evaluation evaluation = ModelEvaluator.evaluate(classifier, digits);
      System.out.print(evaluation.report());
      ConfusionChart.write(evaluation, card.name() + " on " + setName, chart);
      System.out.println("confusion matrix chart: " + chart.toAbsolutePath());
    }
    return 0;
  }
}

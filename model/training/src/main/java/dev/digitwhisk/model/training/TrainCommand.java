package dev.digitwhisk.model.training;

import dev.digitwhisk.model.mnist.MnistFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains, keeps the best-validation epoch, and publishes {@code mnist-cnn.onnx} with its
 * {@code model-card.json} (see {@link ModelPublisher}). Exit status 2 when ONNX Runtime and DJL disagree.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the CNN and export it to ONNX with its model card.")
final class TrainCommand implements Callable<Integer> {
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/model",
      description = "Where mnist-cnn.onnx and model-card.json go; charts and history go to DIR-report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--epochs", defaultValue = "20", description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "20261125", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--limit", defaultValue = "0", description = "Use only the first N training digits, 0 = all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--batch", defaultValue = "128", description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "0.002", description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate;

  @Option(names = "--no-augment", description = "Train on the digits as they are.")
  boolean noAugment;

  @Option(names = "--test-limit", defaultValue = "0", description = "Report on only the first N test digits, 0 = all.")
  int testLimit;

  @Override
  public Integer call() throws Exception {
    MnistFiles files = data.files();
    DigitData all = DigitData.of(files.readTraining());
    DigitData test = DigitData.of(files.readTest());
    if (testLimit > 0 && testLimit < test.size()) {
      test = test.range(0, testLimit);
    }
    TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs).withSeed(seed).withLimit(limit)
        .withBatchSize(batch).withLearningRate(learningRate).withAugment(!noAugment);
    ValidationSplit split = ValidationSplit.of(all, options.validationFraction(), options.limit());
    Augmenter augmenter = Augmenter.standard();
    Architecture architecture = Architecture.standard();
    System.out.println(architecture.summary());
    System.out.println("augmentation: " + (options.augment() ? augmenter.settings().describe() : "none"));
    System.out.println("optimizer: " + options.optimizerDescription());
    TrainingLoop.Run run = new TrainingLoop(architecture, options, augmenter, System.out).train(split);
    try (TrainedNetwork network = run.network()) {
      String trainingFiles = files.trainImages().getFileName() + " + " + files.trainLabels().getFileName();
      ModelPublisher.Published p = ModelPublisher.publish(run, architecture, options, augmenter.settings(), split,
          trainingFiles, test, out);
      System.out.println(p.parity());
      System.out.println("test set (reported only): " + p.test().report());
      System.out.printf("wrote %s (sha256 %s) and %s; confusion chart %s%n", p.model(), p.sha256(), p.card(), p.chart());
      System.out.printf("validation %.2f%% (epoch %d), test %.2f%%, training %s, %,.0f img/s%n",
          100 * run.best().validationAccuracy(), run.best().epoch(), 100 * p.test().accuracy(),
          ConsoleProgress.format(run.seconds()), run.imagesPerSecond());
      return p.parity().passes() ? 0 : 2;
    }
  }
}

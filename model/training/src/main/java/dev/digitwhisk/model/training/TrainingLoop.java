package dev.digitwhisk.model.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the network on the training part of the split with fresh augmentation every epoch,
 * validates after each epoch, and returns the weights of the epoch with the best validation
 * accuracy (ties go to the lower validation loss). The test set never enters here.
 */
public final class TrainingLoop {
  private final Architecture architecture;
  private final TrainingOptions options;
  private final Augmenter augmenter;
  private final ConsoleProgress progress;

  public TrainingLoop(Architecture architecture, TrainingOptions options, Augmenter augmenter, PrintStream console) {
    this.architecture = architecture;
    this.options = options;
    this.augmenter = augmenter;
    this.progress = new ConsoleProgress(console);
  }

  /** What a run produced: the network at its best epoch, and every epoch's figures. */
  public record Run(TrainedNetwork network, List<EpochStats> history, EpochStats best, double seconds, double imagesPerSecond,
      float[] stepLosses) {}

  public Run train(ValidationSplit split) {
    DigitData train = split.train();
    int stepsPerEpoch = (train.size() + options.batchSize() - 1) / options.batchSize();
    Engine.getInstance().setRandomSeed((int) options.seed());
    SequentialBlock block = DjlNetwork.build(architecture);
    Model model = Model.newInstance("digitwhisk-mnist-cnn", "PyTorch");
    model.setBlock(block);
    LearningRateSchedule schedule = new LearningRateSchedule(options.learningRate(), options.finalLearningRate(),
        Math.min(options.warmupSteps(), stepsPerEpoch * options.epochs() / 4), stepsPerEpoch * options.epochs());
    DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
        .optOptimizer(Adam.builder().optLearningRateTracker(schedule).build());
    Random shuffle = new Random(options.seed());
    Random distort = new Random(options.seed() * 31 + 7);
    List<EpochStats> history = new ArrayList<>();
    EpochStats best = null;
    Checkpoint bestWeights = null;
    long start = System.nanoTime();
    long images = 0;
    try (Trainer trainer = model.newTrainer(config)) {
      trainer.initialize(new Shape(1, 1, DigitData.SIDE, DigitData.SIDE));
      progress.line("training %s on %,d digits, validating on %,d; %d epochs of %d steps".formatted(
          "%,d parameters".formatted(architecture.parameterCount()), train.size(), split.validation().size(),
          options.epochs(), stepsPerEpoch));
      TrainedNetwork network = new TrainedNetwork(model, block, architecture);
      int step = 0;
      float[] stepLosses = new float[stepsPerEpoch * options.epochs()];
      for (int epoch = 1; epoch <= options.epochs(); epoch++) {
        long epochStart = System.nanoTime();
        int[] order = permutation(train.size(), shuffle);
        double lossSum = 0;
        int seen = 0;
        for (int s = 0; s < stepsPerEpoch; s++) {
          int from = s * options.batchSize();
          int b = Math.min(options.batchSize(), train.size() - from);
          float loss = step(trainer, batch(train, order, from, b, distort), labels(train, order, from, b), b);
          stepLosses[step] = loss;
          lossSum += loss * b;
          seen += b;
          step++;
          double elapsed = (System.nanoTime() - epochStart) / 1e9;
          progress.batch(epoch, options.epochs(), s + 1, stepsPerEpoch, lossSum / seen, seen / elapsed);
        }
        double trainSeconds = (System.nanoTime() - epochStart) / 1e9;
        images += seen;
        float[][] validationLogits = network.logits(split.validation());
        EpochStats stats = new EpochStats(epoch, lossSum / seen,
            Logits.accuracy(validationLogits, split.validation().labels()),
            Logits.crossEntropy(validationLogits, split.validation().labels()),
            (System.nanoTime() - epochStart) / 1e9, seen / trainSeconds, schedule.getNewValue(step - 1));
        history.add(stats);
        if (best == null || stats.validationAccuracy() > best.validationAccuracy()
            || (stats.validationAccuracy() == best.validationAccuracy() && stats.validationLoss() < best.validationLoss())) {
          best = stats;
          bestWeights = Checkpoint.of(block);
        }
        double perEpoch = (System.nanoTime() - start) / 1e9 / epoch;
        progress.epoch(stats, options.epochs(), best, perEpoch * (options.epochs() - epoch));
      }
      bestWeights.restoreInto(block);
      double seconds = (System.nanoTime() - start) / 1e9;
      progress.line("kept epoch %d (validation accuracy %.2f%%); %s in all".formatted(best.epoch(),
          100 * best.validationAccuracy(), ConsoleProgress.format(seconds)));
      double trainingOnly = history.stream().mapToDouble(h -> h.seconds()).sum();
      return new Run(network, List.copyOf(history), best, seconds, images / Math.max(1e-9, trainingOnly),
          stepLosses);
    } catch (RuntimeException | Error e) {
      model.close();
      throw e;
    }
  }

  private static float step(Trainer trainer, float[] pixels, float[] labels, int b) {
    try (NDManager manager = trainer.getManager().newSubManager()) {
      NDArray x = manager.create(pixels, new Shape(b, 1, DigitData.SIDE, DigitData.SIDE));
      NDArray y = manager.create(labels, new Shape(b));
      float loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
        NDArray value = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
        collector.backward(value);
        loss = value.getFloat();
      }
      trainer.step();
      return loss;
    }
  }

  private float[] batch(DigitData data, int[] order, int from, int b, Random distort) {
    float[] pixels = new float[b * DigitData.SIZE];
    for (int i = 0; i < b; i++) {
      float[] image = data.image(order[from + i]);
      if (options.augment()) {
        image = augmenter.apply(image, distort);
      }
      System.arraycopy(image, 0, pixels, i * DigitData.SIZE, DigitData.SIZE);
    }
    return pixels;
  }

  private static float[] labels(DigitData data, int[] order, int from, int b) {
    float[] labels = new float[b];
    for (int i = 0; i < b; i++) {
      labels[i] = data.labels()[order[from + i]];
    }
    return labels;
  }

  private static int[] permutation(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}

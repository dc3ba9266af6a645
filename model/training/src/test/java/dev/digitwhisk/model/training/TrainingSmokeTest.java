package dev.digitwhisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.model.ModelCard;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.protocol.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI-sized end to end run: a few hundred digits, one epoch, through the real DJL/PyTorch engine
 * (offline), exported to ONNX and checked against ONNX Runtime.
 */
class TrainingSmokeTest {

  @BeforeAll
  static void offline() {
    DjlOffline.configure(Path.of("target/djl-cache"));
  }

  @Test
  void train_fewHundredDigits_lossFallsAndExportMatchesDjl(@TempDir Path out) throws Exception {
    MnistFiles files = MnistData.require();
    DigitData all = DigitData.of(files.readTraining());
    DigitData test = DigitData.of(files.readTest()).range(0, 300);
    TrainingOptions options = TrainingOptions.defaults().withEpochs(1).withLimit(640).withBatchSize(32).withWarmupSteps(5);
    ValidationSplit split = ValidationSplit.of(all, 0.1, options.limit());
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    TrainingLoop.Run run = new TrainingLoop(Architecture.standard(), options, Augmenter.standard(),
        new PrintStream(console, true, StandardCharsets.UTF_8)).train(split);
    try (TrainedNetwork network = run.network()) {
      float[] losses = run.stepLosses();
      assertThat(losses).hasSize(18);
      assertThat(mean(losses, 13, 18)).as("mean loss of the last 5 steps vs the first 5").isLessThan(0.8 * mean(losses, 0, 5));
      assertThat(console.toString(StandardCharsets.UTF_8)).contains("epoch  1/1").contains("val acc").contains("ETA");

      ModelPublisher.Published published = ModelPublisher.publish(run, Architecture.standard(), options,
          Augmenter.Settings.standard(), split, "train-images-idx3-ubyte.gz", test, out);
      assertThat(published.parity().count()).isEqualTo(300);
      assertThat(published.parity().maxAbsDifference()).isLessThanOrEqualTo(Parity.TOLERANCE);
      assertThat(published.parity().disagreements()).isZero();
      assertThat(published.test().accuracy()).as("one short epoch already learns something").isGreaterThan(0.5);

      ModelCard card = ModelCard.parse(Files.readString(published.card()));
      assertThat(card.name()).isEqualTo("digitwhisk-mnist-cnn");
      assertThat(card.sha256()).isEqualTo(OnnxExport.sha256(Files.readAllBytes(published.model())));
      assertThat(Json.parse(Files.readString(published.card())).path("perClassTestAccuracy").size())
          .as("the card's details for people").isEqualTo(10);
      assertThat(card.epochs()).isEqualTo(1);
      assertThat(card.parameters()).isEqualTo(Architecture.standard().parameterCount());
      assertThat(card.testAccuracy()).isEqualTo(published.test().accuracy());
      assertThat(Files.size(published.chart())).isPositive();
    }
  }

  private static double mean(float[] values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - from);
  }
}

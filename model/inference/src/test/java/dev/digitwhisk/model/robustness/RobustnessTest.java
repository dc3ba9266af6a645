package dev.digitwhisk.model.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.NoDigitFoundException;
import dev.digitwhisk.model.Prediction;
import dev.digitwhisk.model.Preprocessor;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on user-like pictures, per kind, written to {@code target/robustness-report.md} with a bar
 * chart. {@code -Ddigitwhisk.robustness.perKind=N} changes the size (default 200 per kind);
 * {@code -Ddigitwhisk.model.path=some.onnx} measures a candidate model instead of the shipped one.
 */
@Tag("slow")
class RobustnessTest {
  static final long SEED = 20_261_125L;
  static final double REQUIRED = 0.98;

  @Test
  void userLikeImages_shippedModel_atLeast98PercentOverall() throws Exception {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTest(), "MNIST test set not found: " + MnistFiles.HOW_TO_GET);
    MnistSet test = files.get().readTest();
    int perKind = Integer.getInteger("digitwhisk.robustness.perKind", 200);
    Path samplesDir = Path.of("target", "robustness-samples");
    Files.createDirectories(samplesDir);

    List<KindResult> results = new ArrayList<>();
    String candidate = System.getProperty("digitwhisk.model.path", "");
    try (DigitClassifier classifier = candidate.isBlank() ? DigitClassifier.loadDefault() : DigitClassifier.load(Path.of(candidate))) {
      for (UserImageKind kind : UserImageKind.values()) {
        results.add(run(classifier, test, kind, perKind, samplesDir));
      }
      RobustnessReport report = new RobustnessReport(results,
          classifier.card().name() + " (sha256 " + classifier.card().sha256().substring(0, 12) + "…)");
      report.write(Path.of("target", "robustness-report.md"), Path.of("target", "robustness-chart.png"),
          "./mvnw -pl model/inference test -Dtest=RobustnessTest -Ddigitwhisk.robustness.perKind=" + perKind
              + (candidate.isBlank() ? "" : " -Ddigitwhisk.model.path=" + candidate));
      System.out.println(report.table());

      assertThat(report.overall()).as("overall accuracy on user-like images").isGreaterThanOrEqualTo(REQUIRED);
    }
  }

  private static KindResult run(DigitClassifier classifier, MnistSet test, UserImageKind kind, int count,
      Path samplesDir) throws Exception {
    List<UserLikeImages.Sample> samples = UserLikeImages.generate(test, kind, count, SEED);
    List<ModelInput> inputs = new ArrayList<>();
    List<UserLikeImages.Sample> kept = new ArrayList<>();
    double correlation = 0;
    int refused = 0;
    for (UserLikeImages.Sample s : samples) {
      try {
        ModelInput input = Preprocessor.mnist().prepare(s.bytes());
        inputs.add(input);
        kept.add(s);
        correlation += Similarity.correlation(input.pixels(), ModelInput.ofMnist(test.images().image(s.mnistIndex())).pixels());
      } catch (NoDigitFoundException e) {
        refused++;
      }
    }
    List<Prediction> predictions = classifier.classifyAll(inputs);
    int correct = 0;
    int wrongSaved = 0;
    ContactSheet firsts = new ContactSheet();
    ContactSheet failures = new ContactSheet();
    for (int i = 0; i < predictions.size(); i++) {
      UserLikeImages.Sample s = kept.get(i);
      boolean right = predictions.get(i).digit() == s.label();
      if (right) {
        correct++;
      }
      if (i < 8) {
        firsts.add("#" + samples.indexOf(s) + " " + s.label() + "→" + predictions.get(i).digit(), s.bytes(), inputs.get(i).toPng());
      }
      if (!right && wrongSaved++ < 16) {
        failures.add("#" + samples.indexOf(s) + " " + s.label() + "→" + predictions.get(i).digit(), s.bytes(), inputs.get(i).toPng());
      }
    }
    firsts.write(samplesDir.resolve(kind.name().toLowerCase() + "-examples.png"));
    failures.write(samplesDir.resolve(kind.name().toLowerCase() + "-failures.png"));
    double meanCorrelation = kind == UserImageKind.DRAWN_STROKES || kept.isEmpty() ? Double.NaN : correlation / kept.size();
    return new KindResult(kind, samples.size(), correct, refused, meanCorrelation);
  }
}

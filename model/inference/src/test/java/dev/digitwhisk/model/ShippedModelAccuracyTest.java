package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The one accuracy gate of the project: the shipped model scores at least 99.3 % on the 10,000-digit
 * MNIST test set, and its model card reports the accuracy measured here. It lives with the artifact
 * that ships the model, so a model file replaced without a card to match fails here.
 */
class ShippedModelAccuracyTest {
  static final double REQUIRED = 0.993;

  @Test
  void shippedModel_mnistTestSet_atLeast99_3Percent() throws Exception {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTest(), "MNIST test set not found: " + MnistFiles.HOW_TO_GET);
    MnistSet test = files.get().readTest();
    try (DigitClassifier classifier = DigitClassifier.loadDefault()) {
      int correct = 0;
      for (int start = 0; start < test.size(); start += 500) {
        List<ModelInput> batch = new ArrayList<>();
        for (int i = start; i < Math.min(test.size(), start + 500); i++) {
          batch.add(ModelInput.ofMnist(test.images().image(i)));
        }
        List<Prediction> predictions = classifier.classifyAll(batch);
        for (int i = 0; i < predictions.size(); i++) {
          correct += predictions.get(i).digit() == test.label(start + i) ? 1 : 0;
        }
      }
      double accuracy = (double) correct / test.size();
      System.out.printf("shipped model %s: %d / %d = %.2f %% on the MNIST test set%n",
          classifier.card().name(), correct, test.size(), 100 * accuracy);

      assertThat(test.size()).isEqualTo(10_000);
      assertThat(accuracy).as("accuracy of %s on the MNIST test set", classifier.card().name())
          .isGreaterThanOrEqualTo(REQUIRED);
      // One digit either way is the resolution of a 10,000-digit set; the card is written from a run like this one.
      assertThat(classifier.card().testAccuracy()).as("the model card's test accuracy")
          .isCloseTo(accuracy, Offset.offset(0.5 / test.size()));
    }
  }
}

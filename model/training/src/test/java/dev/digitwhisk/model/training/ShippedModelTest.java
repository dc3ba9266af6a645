package dev.digitwhisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelCard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model in the working tree's inference resources (the file the product ships) must score at
 * least 99.3 % on the 10,000-digit MNIST test set, and its card must tell the truth about it.
 */
class ShippedModelTest {
  private static final Path SHIPPED = Path.of("../inference/src/main/resources/dev/digitwhisk/model/mnist-cnn.onnx");
  private static final double REQUIRED = 0.993;

  @Test
  void shippedModel_onMnistTestSet_reachesRequiredAccuracy() throws Exception {
    DigitData test = DigitData.of(MnistData.require().readTest());
    assertThat(test.size()).isEqualTo(10_000);
    assertThat(SHIPPED).as("the shipped model file").isRegularFile();
    try (DigitClassifier classifier = DigitClassifier.load(SHIPPED)) {
      ModelCard card = classifier.card();
      Evaluation evaluation = ModelEvaluator.evaluate(classifier, test);
      assertThat(evaluation.accuracy()).as(evaluation.report()).isGreaterThanOrEqualTo(REQUIRED);
      assertThat(card.testAccuracy()).as("the card reports the accuracy measured here").isEqualTo(evaluation.accuracy());
      assertThat(card.sha256()).isEqualTo(OnnxExport.sha256(Files.readAllBytes(SHIPPED)));
    }
  }
}

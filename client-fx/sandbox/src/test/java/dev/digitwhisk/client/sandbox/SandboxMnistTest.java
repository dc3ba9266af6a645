package dev.digitwhisk.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The whole sandbox path with real MNIST test digits: only meaningful once the trained model ships. */
class SandboxMnistTest {

  @Test
  void sandbox_mnistTestDigits_areClassifiedCorrectly() throws Exception {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTest(), "MNIST test files not found: " + MnistFiles.HOW_TO_GET);
    MnistSet test = files.get().readTest();
    try (Backend backend = Backend.sandbox()) {
      ClassificationWorkflow workflow = backend.ready().get(60, TimeUnit.SECONDS);
      Classification first = workflow.classify(png(test, 0));
      int correct = first.digit() == test.label(0) ? 1 : 0;
      for (int i = 1; i < 20; i++) {
        Classification c = workflow.classify(png(test, i));
        assertThat(c.deleted()).isTrue();
        correct += c.digit() == test.label(i) ? 1 : 0;
      }
      assertThat(correct).as("correct of the first 20 MNIST test digits").isGreaterThanOrEqualTo(19);
      assertThat(workflow.store().list(10)).isEmpty();
    }
  }

  private static ImageSource png(MnistSet set, int index) {
    return ImageSource.ofBytes("mnist-test-" + index + ".png", ModelInput.ofMnist(set.images().image(index)).toPng());
  }
}

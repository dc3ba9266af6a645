package dev.digitwhisk.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ActionClient.Answer;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.model.DigitClassifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole way, with the shipped model: an MNIST test digit drawn dark on white, served from a
 * loopback store, classified through /run. Needs the MNIST files (skips without them).
 */
class EndToEndDigitTest {
  @Test
  void run_mnistTestDigits_areRecognised() throws Exception {
    try (DigitClassifier classifier = DigitClassifier.loadDefault()) {
      Optional<TestImages.LabelledDigit> first = TestImages.mnistTestDigit(0);
      assumeTrue(first.isPresent(), "MNIST test files not found (set DIGITWHISK_MNIST_DIR)");
      try (ImageServer store = ImageServer.start();
           ActionServer server = ActionServer.start(ActionServerConfig.loopback(classifier));
           ActionClient client = new ActionClient(server.baseUri())) {
        int right = 0;
        int total = 20;
        for (int i = 0; i < total; i++) {
          TestImages.LabelledDigit digit = TestImages.mnistTestDigit(i).orElseThrow();
          store.bytes("/d" + i + ".png", digit.png());
          Answer answer = client.runUrl(store.url("/d" + i + ".png"));
          assertThat(answer.code()).as("digit %d: %s", i, answer.text()).isEqualTo(200);
          if (answer.res() == digit.label()) {
            right++;
          }
        }
        // A trained CNN gets all of these; one slip in twenty is allowed for preprocessing differences.
        assertThat(right).as("correct out of %d", total).isGreaterThanOrEqualTo(total - 1);
        TestImages.LabelledDigit seven = TestImages.mnistTestDigit(0).orElseThrow();
        assertThat(client.runUrl(store.url("/d0.png")).res()).isEqualTo(seven.label());
      }
    }
  }
}

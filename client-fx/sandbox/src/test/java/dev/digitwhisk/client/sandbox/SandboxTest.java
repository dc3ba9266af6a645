package dev.digitwhisk.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxTest {

  @Test
  void sandbox_classifiesDrawnDigitThroughWholeWorkflow_andLeavesBucketEmpty() throws Exception {
    try (Backend backend = Backend.sandbox()) {
      assertThat(backend.isSandbox()).isTrue();
      ClassificationWorkflow workflow = backend.ready().get(60, TimeUnit.SECONDS);
      Classification c = workflow.classify(TestImages.seven());
      assertThat(c.failure()).isEmpty();
      assertThat(c.digit()).isBetween(0, 9);
      assertThat(c.result().orElseThrow().probabilities()).hasSize(10);
      assertThat(c.result().orElseThrow().inputPng()).startsWith(0x89, 'P', 'N', 'G');
      assertThat(c.deleted()).isTrue();
      assertThat(c.objectName()).endsWith(".png");
      assertThat(backend.describe()).startsWith("Local sandbox (S3Proxy http://127.0.0.1:");
      assertThat(workflow.store().list(100)).isEmpty();
    }
  }
}

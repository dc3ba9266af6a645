package dev.digitwhisk.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.backend.LocalStackProvider;
import org.junit.jupiter.api.Test;

/** The module offers its stack to client-core through the service file, with the variables ONNX Runtime needs. */
class SandboxProviderTest {
  @Test
  void onTheClassPath_theSandboxIsTheProvider() throws Exception {
    assertThat(LocalStackProvider.find()).isInstanceOf(SandboxProvider.class);
  }

  @Test
  void processEnvironment_namesOnnxRuntimesVariable_whichTheTestsHave() {
    assertThat(new SandboxProvider().processEnvironment()).containsEntry("ORT_DISABLE_TELEMETRY", "1");
    // The build sets it for every test JVM, as the launchers do for the programs.
    assertThat(LocalStackProvider.missingEnvironment()).isEmpty();
  }
}

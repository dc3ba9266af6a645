package dev.digitwhisk.client.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import org.junit.jupiter.api.Test;

/** client-core alone, as a launcher without the sandbox module runs it: no local stack to start. */
class SandboxChoiceTest {
  @Test
  void sandbox_withoutTheModule_failsSayingHowToConfigureServers() throws Exception {
    try (Backend backend = Backend.sandbox()) {
      assertThat(backend.isSandbox()).isTrue();

      ClientException e = catchThrowableOfType(ClientException.class, backend::workflow);

      assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
      assertThat(e.getMessage()).contains("local sandbox is not installed", "client-sandbox");
      assertThat(e.whatToDo()).contains("store.endpoint", "openwhisk.apihost", "invoke.url");
      assertThat(backend.test().ok()).isFalse();
    }
  }

  @Test
  void withoutTheModule_noProviderIsInstalled() {
    assertThat(LocalStackProvider.installed()).isFalse();
  }
}

package dev.digitwhisk.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.backend.LocalStackProvider;
import org.junit.jupiter.api.Test;

/** The module offers its stack to client-core through its service file. */
class SandboxProviderTest {
  @Test
  void onTheClassPath_theSandboxIsTheProvider() throws Exception {
    assertThat(LocalStackProvider.installed()).isTrue();
    assertThat(LocalStackProvider.find()).isInstanceOf(SandboxProvider.class);
  }
}

package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ActionDeployerRequestTest {
  @Test
  void deployRequest_outOfRange_failsBeforeAnyRequest() {
    assertThatThrownBy(() -> new ActionDeployer.Request("me/img:1", true, null, Duration.ofMillis(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60ms is below the minimum of 100ms");
    assertThatThrownBy(() -> new ActionDeployer.Request("me/img:1", true, 1024, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024MB exceeds the maximum of 512MB");
  }
}

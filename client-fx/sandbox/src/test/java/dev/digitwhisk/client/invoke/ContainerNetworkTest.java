package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stand-in's containers see the network as standalone's do, on Docker's bridge: a presigned URL
 * naming the client's loopback is refused inside them, unless they share the host's network.
 */
class ContainerNetworkTest {
  static SandboxFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void onTheBridge_aLoopbackUrlIsRefusedInTheContainer_andTheClientSaysSo() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    try (OpenWhiskStandIn openwhisk = OpenWhiskStandIn.start()) {
      OpenWhiskRestInvoker invoker =
          new OpenWhiskRestInvoker(ActionInvokers.newHttpClient(), openwhisk.apiHost(), openwhisk.auth(), "_", "mnist");
      assertThatThrownBy(() -> invoker.invoke(url, Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(InvokeException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(502);
            assertThat(e.getMessage()).contains("Nothing answers at http://127.0.0.1:" + url.getPort(), "(connection refused)");
            assertThat(e.getMessage()).as("the signature is redacted").doesNotContain("X-Amz-Signature=");
            assertThat(e.whatToDo()).contains("reachable from where the action runs");
          });
    }
  }

  @Test
  void onTheHostNetwork_theSameUrlIsFetched() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
    try (OpenWhiskStandIn openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork())) {
      OpenWhiskRestInvoker invoker =
          new OpenWhiskRestInvoker(ActionInvokers.newHttpClient(), openwhisk.apiHost(), openwhisk.auth(), "_", "mnist");
      assertThat(invoker.invoke(url, Duration.ofSeconds(30)).result().digit()).isBetween(0, 9);
    }
  }
}

package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.invoke.openwhisk.SwaggerCheck;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActionDeployerTest {
  @RegisterExtension
  static final SwaggerCheck SWAGGER = SwaggerCheck.requestsAndAnswers();

  static OpenWhiskStandIn openwhisk;

  @BeforeAll
  static void start() throws Exception {
    // The images are on the host's loopback: the containers share its network (docker run --network host).
    openwhisk = OpenWhiskStandIn.startEmpty("guest", StandInConfig.standalone().withHostNetwork());
  }

  @AfterAll
  static void stop() throws Exception {
    openwhisk.close();
  }

  @Test
  void deploy_createsThenUpdates_andTheActionAnswers() throws Exception {
    ActionDeployer deployer = new ActionDeployer(ActionInvokers.newHttpClient(), openwhisk.apiHost(), openwhisk.auth(), "_");
    ActionDeployer.Deployed first = deployer.deploy("mnist",
        new ActionDeployer.Request("me/digitwhisk-action:1.0", true, 256, Duration.ofSeconds(30)));
    assertThat(first.namespace()).isEqualTo("guest");
    assertThat(first.webActionUrl()).contains(openwhisk.webActionUrl("mnist"));
    ActionDeployer.Deployed second = deployer.deploy("mnist", new ActionDeployer.Request("me/digitwhisk-action:1.1", true, null, null));
    assertThat(second.version()).isEqualTo("0.0.2");
    assertThat(openwhisk.action("mnist").orElseThrow().path("limits").path("timeout").asInt()).isEqualTo(30_000);
    assertThat(openwhisk.action("mnist").orElseThrow().path("exec").path("image").asString()).isEqualTo("me/digitwhisk-action:1.1");

    try (SandboxFixture fixture = SandboxFixture.start()) {
      var url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
      Invocation inv = new UrlActionInvoker(ActionInvokers.newHttpClient(), second.webActionUrl().orElseThrow(), false, Optional.empty())
          .invoke(url, Duration.ofSeconds(30));
      assertThat(inv.result().digit()).isBetween(0, 9);
    }
  }

  @Test
  void deploy_wrongKey_saysWhatToFix() {
    ActionDeployer deployer = new ActionDeployer(ActionInvokers.newHttpClient(), openwhisk.apiHost(), "a:b", "_");
    assertThatThrownBy(() -> deployer.deploy("x", new ActionDeployer.Request("me/img:1", false, null, null)))
        .isInstanceOfSatisfying(InvokeException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.ACTION_AUTH));
  }

  @Test
  void imageWarning_flagsUntaggedAndLatestOnly() {
    assertThat(ActionDeployer.imageWarning("me/img")).get().asString().contains("no tag");
    assertThat(ActionDeployer.imageWarning("me/img:latest")).get().asString().contains("latest");
    assertThat(ActionDeployer.imageWarning("registry:5000/me/img")).get().asString().contains("no tag");
    assertThat(ActionDeployer.imageWarning("me/img:1.2")).isEmpty();
    assertThat(ActionDeployer.imageWarning("me/img@sha256:abc")).isEmpty();
  }
}

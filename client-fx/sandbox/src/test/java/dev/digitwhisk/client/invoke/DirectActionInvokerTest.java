package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirectActionInvokerTest {
  static SandboxFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static ActionServer freshContainer() throws Exception {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    ActionServer server = ActionServer.start(ActionServerConfig.builder().out(nowhere).err(nowhere).build());
    server.awaitModel();
    return server;
  }

  @Test
  void invoke_initsOnceThenRuns_coldThenWarm() throws Exception {
    try (ActionServer container = freshContainer()) {
      DirectActionInvoker invoker = new DirectActionInvoker(ActionInvokers.newHttpClient(), container.baseUri(), "_", "mnist");
      URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
      Invocation first = invoker.invoke(url, Duration.ofSeconds(30));
      Invocation second = invoker.invoke(url, Duration.ofSeconds(30));
      assertThat(first.activation().start()).isEqualTo(ActivationInfo.Start.COLD);
      assertThat(first.activation().initTime()).isPresent();
      assertThat(second.activation().start()).isEqualTo(ActivationInfo.Start.WARM);
      assertThat(second.activation().activationId()).get().asString().hasSize(32);
      assertThat(first.result().digit()).isEqualTo(second.result().digit()).isBetween(0, 9);
    }
  }

  @Test
  void invoke_containerInitialisedBySomeoneElse_isTreatedAsWarm() throws Exception {
    try (ActionServer container = freshContainer()) {
      URI url = Uploads.presigned(fixture, TestImages.drawnSeven("png"));
      new DirectActionInvoker(ActionInvokers.newHttpClient(), container.baseUri(), "_", "mnist").invoke(url, Duration.ofSeconds(30));
      Invocation other = new DirectActionInvoker(ActionInvokers.newHttpClient(), URI.create(container.baseUri() + "/run"), "_", "mnist")
          .invoke(url, Duration.ofSeconds(30));
      assertThat(other.activation().start()).isEqualTo(ActivationInfo.Start.WARM);
    }
  }

  @Test
  void invoke_blankImage_isNoDigitWithAdvice() throws Exception {
    URI url = Uploads.presigned(fixture, TestImages.blankPng());
    try (ActionInvoker invoker = fixture.directInvoker()) {
      assertThatThrownBy(() -> invoker.invoke(url, Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(ActionFailedException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.NO_DIGIT);
            assertThat(e.code()).isEqualTo(422);
            assertThat(e.whatToDo()).contains("digit");
          });
    }
  }

  @Test
  void invoke_expiredPresignedUrl_isReportedAsFetchFailure() throws Exception {
    var object = fixture.store().put(TestImages.drawnSeven("png"), dev.digitwhisk.protocol.ImageFormat.PNG);
    URI url = fixture.store().presign(object, Duration.ofSeconds(1));
    Thread.sleep(2_100);
    try (ActionInvoker invoker = fixture.directInvoker()) {
      assertThatThrownBy(() -> invoker.invoke(url, Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(ActionFailedException.class, e -> {
            assertThat(e.code()).isEqualTo(403);
            assertThat(e.whatToDo()).contains("clocks");
          });
    } finally {
      fixture.store().delete(object);
    }
  }

  @Test
  void invoke_containerDown_saysUnreachable() throws Exception {
    URI base;
    try (ActionServer container = freshContainer()) {
      base = container.baseUri();
    }
    DirectActionInvoker invoker = new DirectActionInvoker(ActionInvokers.newHttpClient(), base, "_", "mnist");
    assertThatThrownBy(() -> invoker.invoke(Uploads.missing(fixture), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_UNREACHABLE);
          assertThat(e.getMessage()).contains("connection refused");
        });
  }
}

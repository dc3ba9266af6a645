package dev.digitwhisk.client.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActionInvokers;
import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.ReadMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationWorkflowTest {
  static SandboxFixture fixture;
  static ActionInvoker invoker;
  static ClassificationWorkflow workflow;

  @BeforeAll
  static void start() throws Exception {
    fixture = SandboxFixture.start();
    invoker = fixture.directInvoker();
    workflow = fixture.workflow(invoker, WorkflowOptions.defaults());
  }

  @AfterAll
  static void stop() {
    workflow.close();
    workflow.store().close();
    invoker.close();
    fixture.close();
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    assertThat(fixture.objects()).isEmpty();
  }

  @Test
  void classify_drawnDigit_answersAndDeletesTheUpload() {
    Classification c = workflow.classify(TestImages.seven());
    assertThat(c.ok()).isTrue();
    assertThat(c.sourceName()).isEqualTo("seven.png");
    assertThat(c.digit()).isBetween(0, 9);
    assertThat(c.result().orElseThrow().probabilities()).hasSize(10);
    assertThat(c.result().orElseThrow().modelName()).isNotBlank();
    assertThat(c.deleted()).isTrue();
    assertThat(c.deleteProblem()).isEmpty();
    assertThat(c.objectName()).endsWith(".png");
    StageTimings t = c.timings();
    assertThat(t.upload()).isPositive();
    assertThat(t.invoke()).isPositive();
    assertThat(t.delete()).isPositive();
    assertThat(t.total()).isGreaterThanOrEqualTo(t.upload().plus(t.invoke()).plus(t.delete()));
    assertThat(c.activation().activationId()).isPresent();
  }

  @Test
  void classify_fileInEveryFormat_works(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"jpeg", "gif", "bmp"}) {
      Path file = Files.write(dir.resolve("digit." + format), TestImages.drawnSeven(format));
      Classification c = workflow.classify(ImageSource.ofFile(file));
      assertThat(c.ok()).as(format + ": " + c.failure()).isTrue();
      assertThat(c.sourceName()).isEqualTo("digit." + format);
    }
  }

  @Test
  void classify_notAnImage_failsBeforeUploading() {
    Classification c = workflow.classify(TestImages.notAnImage());
    assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.NOT_AN_IMAGE);
    assertThat(c.failure().orElseThrow().message()).contains("notes.txt");
    assertThat(c.objectName()).isEmpty();
    assertThat(c.timings().upload()).isEqualTo(Duration.ZERO);
    assertThat(c.deleted()).isTrue();
  }

  @Test
  void classify_overTheActionsLimit_isRefusedBeforeUploading() {
    byte[] big = Arrays.copyOf(TestImages.blankPng(), Limits.MAX_IMAGE_BYTES + 1);

    Classification c = workflow.classify(ImageSource.ofBytes("huge.png", big));

    assertThat(c.failure().orElseThrow().kind()).isEqualTo(FailureKind.IMAGE_REJECTED);
    assertThat(c.failure().orElseThrow().message()).contains("huge.png").contains((Limits.MAX_IMAGE_BYTES >> 20) + " MiB");
    assertThat(c.objectName()).isEmpty();
    assertThat(c.timings().upload()).isEqualTo(Duration.ZERO);
  }

  @Test
  void classify_blankPage_saysNoDigitAndDeletes() {
    Classification c = workflow.classify(ImageSource.ofBytes("blank.png", TestImages.blankPng()));
    ClassificationFailure f = c.failure().orElseThrow();
    assertThat(f.kind()).isEqualTo(FailureKind.NO_DIGIT);
    assertThat(f.code()).isEqualTo(422);
    assertThat(f.whatToDo()).isNotBlank();
    assertThat(c.deleted()).isTrue();
    assertThat(c.objectName()).isNotEmpty();
  }

  @Test
  void classifyAll_reportsEveryResultOnceInOrder() throws Exception {
    var sources = java.util.List.of(TestImages.seven(), TestImages.notAnImage(), TestImages.seven(),
        ImageSource.ofBytes("blank.png", TestImages.blankPng()), TestImages.seven());
    java.util.List<Integer> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    BatchRun run = workflow.classifyAll(sources, 3, (index, c, completed, total) -> {
      heard.add(index);
      assertThat(total).isEqualTo(5);
    });
    var results = run.await();
    assertThat(results).hasSize(5);
    assertThat(heard).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    assertThat(results.get(0).ok()).isTrue();
    assertThat(results.get(1).failure().orElseThrow().kind()).isEqualTo(FailureKind.NOT_AN_IMAGE);
    assertThat(results.get(3).failure().orElseThrow().kind()).isEqualTo(FailureKind.NO_DIGIT);
    assertThat(results).allMatch(Classification::deleted);
    assertThat(run.completed()).isEqualTo(5);
  }

  @Test
  void classifyAll_empty_completesAtOnce() throws Exception {
    assertThat(workflow.classifyAll(java.util.List.of(), 4, BatchListener.none()).await()).isEmpty();
  }

  @Test
  void classify_number_readsTheWholeNumberAndDeletesTheUpload() {
    Classification c = workflow.classify(ImageSource.ofBytes("717.png", TestImages.drawnNumber("717")).reading(ReadMode.NUMBER));

    assertThat(c.ok()).as("%s", c.failure()).isTrue();
    NumberAnswer number = c.result().orElseThrow().number().orElseThrow();
    assertThat(number.text()).isEqualTo("717");
    assertThat(c.digit()).isEqualTo(7);
    assertThat(number.digits()).extracting(d -> d.box().x() / 140).containsExactly(0, 1, 2);
    assertThat(c.deleted()).isTrue();
  }

  @Test
  void classify_digit_hasNoNumber() {
    assertThat(workflow.classify(TestImages.seven()).result().orElseThrow().number()).isEmpty();
  }

  @Test
  void classify_number_byAnActionThatReadsOnlyDigits_failsSayingSo() throws Exception {
    // The original recipe's action behind an API-gateway route: it ignores "read" and answers a digit.
    java.util.concurrent.atomic.AtomicReference<String> asked = new java.util.concurrent.atomic.AtomicReference<>();
    HttpServer recipe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    recipe.createContext("/", exchange -> {
      asked.set(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      byte[] body = "{\"code\":200,\"res\":7}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    recipe.start();
    try (ActionInvoker old = ActionInvokers.create(InvokeSettings.url(InvokeMode.API_GATEWAY,
            URI.create("http://127.0.0.1:" + recipe.getAddress().getPort() + "/api/mnist")));
         ClassificationWorkflow workflow = fixture.workflow(old, WorkflowOptions.defaults())) {
      Classification number = workflow.classify(ImageSource.ofBytes("717.png", TestImages.drawnNumber("717")).reading(ReadMode.NUMBER));

      assertThat(asked.get()).contains("\"read\":\"number\"");
      assertThat(number.ok()).isFalse();
      assertThat(number.failure().orElseThrow().kind()).isEqualTo(FailureKind.ACTION_ERROR);
      assertThat(number.failure().orElseThrow().message()).contains("one digit", "number");
      assertThat(number.deleted()).isTrue();
      assertThat(workflow.classify(TestImages.seven()).digit()).isEqualTo(7);
      assertThat(asked.get()).doesNotContain("read");
    } finally {
      recipe.stop(0);
    }
  }
}

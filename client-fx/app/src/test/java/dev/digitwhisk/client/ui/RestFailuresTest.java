package dev.digitwhisk.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.ui.result.ResultView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window over OpenWhisk's REST API (the controller stand-in, the real action behind it) and the
 * sandbox's store: a blank drawing, a damaged PNG and an expired presigned URL each show what happened and
 * what to do, in full (wrapped, never cut with "…"). Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class RestFailuresTest {
  // Long enough for an activation of a warm container, shorter than the slowed one of the expiry test.
  private static final Duration PRESIGN_EXPIRY = Duration.ofSeconds(5);
  private static OpenWhiskStandIn openwhisk;

  @TempDir
  Path dir;
  private final AtomicReference<Path> chosen = new AtomicReference<>();
  private MainWindow window;
  private Backend rest;

  @BeforeAll
  static void startController() throws Exception {
    // The sandbox's store is on the host's loopback: the containers share its network.
    openwhisk = OpenWhiskStandIn.start(StandInConfig.standalone().withHostNetwork());
  }

  @AfterAll
  static void stopController() throws Exception {
    openwhisk.close();
  }

  @Start
  void start(Stage stage) throws Exception {
    StoreSettings store = AppFixture.sandbox().sandboxHandle().orElseThrow().storeSettings();
    ClientSettings settings = ClientSettings.builder().sandbox(false).storeEndpoint(store.endpoint().toString())
        .accessKey(store.accessKey()).secretKey(store.secretKey()).bucket(store.bucket())
        .invokeMode(InvokeMode.REST).apiHost(openwhisk.apiHost().toString()).auth(openwhisk.auth())
        .namespace(openwhisk.namespace()).action("mnist").presignExpiry(PRESIGN_EXPIRY).build();
    rest = Backend.open(settings);
    window = AppFixture.show(stage, rest, owner -> chosen.get() == null ? List.of() : List.of(chosen.get()), dir);
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    openwhisk.runDelay(Duration.ZERO);
    rest.close();
    FxTesting.assertBucketEmpty();
  }

  @Test
  void blankDrawing_isNoDigitFound(FxRobot robot) throws Exception {
    ResultView r = open(robot, "blank.png", TestImages.blankPng());
    assertShown(robot, "rest-blank", "No digit found", "No digit found: the image is blank or nearly uniform.",
        "Draw or choose an image with one clearly visible digit.");
    assertThat(r.message()).contains("(action code 422)");
  }

  @Test
  void damagedPng_isRefusedAsNotAnImage(FxRobot robot) throws Exception {
    byte[] png = TestImages.drawnSeven("png");
    ResultView r = open(robot, "damaged.png", Arrays.copyOf(png, png.length / 2));
    assertShown(robot, "rest-damaged", "The image was refused", "The PNG file is damaged or cut short", "Use a PNG, JPEG, GIF or BMP image");
    assertThat(r.message()).contains("(action code 415)");
  }

  @Test
  void expiredUrl_saysSoWithAShortUrl_andTheWholeAdvice(FxRobot robot) throws Exception {
    // The activation starts after the URL's 5 s are over, as when an invoker's queue is long.
    openwhisk.runDelay(PRESIGN_EXPIRY.plusSeconds(1));
    ResultView r = open(robot, "seven.png", TestImages.drawnSeven("png"));
    assertShown(robot, "rest-expired", "The image link was refused", "has expired",
        "make sure the store's endpoint is reachable from where the action runs");
    assertThat(r.message()).contains("(action code 403)");
    String shown = label(robot, "#problem-message").getText();
    assertThat(shown).as("the object's long random name is shortened").contains("…").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    assertThat(shown).doesNotContain("X-Amz");
  }

  private ResultView open(FxRobot robot, String name, byte[] bytes) throws Exception {
    chosen.set(Files.write(dir.resolve(name), bytes));
    robot.clickOn("#open");
    FxTesting.waitUntil("a result", 60, () -> !window.historyModel().entries().isEmpty());
    return window.resultModel().resultProperty().get();
  }

  /** Title, message and advice are shown, contain what they should, and are not cut short. */
  private void assertShown(FxRobot robot, String screenshot, String title, String inMessage, String inAdvice) throws Exception {
    FxTesting.screenshot(robot, screenshot);
    Label titleLabel = label(robot, "#problem-title");
    Label message = label(robot, "#problem-message");
    Label advice = label(robot, "#problem-what-to-do");
    System.out.printf("window (%s):%n  title: %s%n  message: %s%n  advice: %s%n", screenshot, titleLabel.getText(),
        message.getText(), advice.getText());
    assertThat(titleLabel.getText()).isEqualTo(title);
    assertThat(message.getText()).contains(inMessage);
    assertThat(advice.getText()).startsWith("What to do: ").contains(inAdvice);
    for (Label l : List.of(titleLabel, message, advice)) {
      assertThat(displayed(l)).as("%s is shown whole", l.getId()).isEqualTo(l.getText());
    }
  }

  /** What the label's skin draws: its text, or the text cut with an ellipsis when it does not fit. */
  private static String displayed(Label label) {
    StringBuilder s = new StringBuilder();
    for (Node n : label.lookupAll(".text")) {
      if (n instanceof Text t && t.getParent() == label) {
        s.append(t.getText());
      }
    }
    return s.toString().replace("\n", " ").replaceAll(" +", " ").strip();
  }

  private static Label label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class);
  }
}

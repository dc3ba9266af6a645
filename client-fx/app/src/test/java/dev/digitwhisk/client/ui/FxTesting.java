package dev.digitwhisk.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.ui.draw.PngExport;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Robot helpers: pen strokes along polylines, pasting an image, screenshots, waiting for the window, the empty-bucket check. */
public final class FxTesting {
  private FxTesting() {}

  /** Draws each polyline as one pen-down … pen-up stroke with the real (glass) mouse robot. */
  public static void drawStrokes(FxRobot robot, Node pad, List<double[][]> strokes) {
    for (double[][] stroke : strokes) {
      robot.moveTo(pad, Pos.TOP_LEFT, new Point2D(stroke[0][0], stroke[0][1]), Motion.DIRECT);
      robot.press(MouseButton.PRIMARY);
      for (int i = 1; i < stroke.length; i++) {
        robot.moveTo(pad, Pos.TOP_LEFT, new Point2D(stroke[i][0], stroke[i][1]), Motion.DIRECT);
      }
      robot.release(MouseButton.PRIMARY);
    }
  }

  /** Puts {@code encoded} on the system clipboard as an image, then presses Ctrl+V in the window (on the pad). */
  public static void pasteImage(FxRobot robot, byte[] encoded) {
    Image image = new Image(new ByteArrayInputStream(encoded));
    robot.interact(() -> {
      ClipboardContent content = new ClipboardContent();
      content.putImage(image);
      Clipboard.getSystemClipboard().setContent(content);
    });
    robot.clickOn("#drawing-pad");
    robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
  }

  /** Writes the window's scene as {@code target/screenshots/NAME.png}. */
  public static Path screenshot(FxRobot robot, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<byte[]> png = new AtomicReference<>();
    robot.interact(() -> png.set(PngExport.toPng(robot.listTargetWindows().getFirst().getScene().snapshot(null))));
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, png.get());
    return file;
  }

  public static void waitUntil(String what, int seconds, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    } catch (TimeoutException e) {
      throw new AssertionError("waited " + seconds + " s for: " + what, e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Checks the digit the window shows. */
  public static void assertDigit(String digitShown, int expected) {
    assertThat(digitShown).isEqualTo(Integer.toString(expected));
  }

  /** After every test: the workflow deleted everything it uploaded. */
  public static void assertBucketEmpty() throws Exception {
    waitUntil("the sandbox bucket to be empty", 10, () -> AppFixture.bucketObjects().isEmpty());
    assertThat(AppFixture.bucketObjects()).isEmpty();
  }
}

package dev.digitwhisk.client.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.ui.AppFixture;
import dev.digitwhisk.client.ui.FxTesting;
import dev.digitwhisk.client.ui.MainWindow;
import dev.digitwhisk.client.ui.batch.BatchRow;
import dev.digitwhisk.client.ui.result.ResultView;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drops as a browser or file manager makes them. Monocle (headless) has no other application to
 * drag from, so {@link OsDrop} hands the scene's toolkit drop-target listener what Glass hands it
 * for an OS drop (enter, over, drop with the OS dragboard); the scene then dispatches the real
 * DRAG_OVER/DRAG_DROPPED events, and the file reading, batch and download that follow are real.
 */
@ExtendWith(ApplicationExtension.class)
class DropTest {
  @TempDir
  Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = AppFixture.show(stage, AppFixture.sandbox(), owner -> List.of(), dir.resolve("config"));
  }

  private static void drop(FxRobot robot, ClipboardContent content) {
    Node pad = robot.lookup("#drawing-pad").query();
    TransferMode[] done = new TransferMode[1];
    robot.interact(() -> done[0] = OsDrop.onto(pad, content));
    assertThat(done[0]).as("the window accepted and completed the drop").isEqualTo(TransferMode.COPY);
  }

  @AfterEach
  void bucketIsEmpty() throws Exception {
    FxTesting.assertBucketEmpty();
  }

  @Test
  void droppingThreeFiles_classifiesThemAsABatch(FxRobot robot) throws Exception {
    List<Path> files = TestFiles.sevens(dir, 3);
    ClipboardContent content = new ClipboardContent();
    content.putFiles(files.stream().map(Path::toFile).toList());
    drop(robot, content);
    FxTesting.waitUntil("three batch rows", 30,
        () -> window.batchModel().rows().size() == 3 && window.batchModel().rows().stream().allMatch(BatchRow::done));
    assertThat(window.batchModel().rows()).extracting(BatchRow::name)
        .containsExactly("seven-00.png", "seven-01.jpg", "seven-02.gif");
  }

  @Test
  void droppingAnImageUrlFromABrowser_downloadsAndClassifiesIt(FxRobot robot) throws Exception {
    byte[] png = TestImages.drawnSeven("png");
    HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext("/img/seven.png", ex -> {
      ex.getResponseHeaders().add("Content-Type", "image/png");
      ex.sendResponseHeaders(200, png.length);
      ex.getResponseBody().write(png);
      ex.close();
    });
    web.start();
    try {
      String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/img/seven.png";
      ClipboardContent content = new ClipboardContent();
      content.putUrl(url);
      content.putString(url);
      drop(robot, content);
      FxTesting.waitUntil("a result", 30, () -> !window.historyModel().entries().isEmpty());
      ResultView r = window.resultModel().resultProperty().get();
      assertThat(r.source()).isEqualTo("seven.png");
      assertThat(r.ok()).as(r.message()).isTrue();
      FxTesting.assertDigit(Integer.toString(r.digit()), 7);
    } finally {
      web.stop(0);
    }
  }
}

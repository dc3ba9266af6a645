package dev.digitwhisk.client.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.ui.FxTesting;
import dev.digitwhisk.client.ui.result.ResultView;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The history list at the window's width (220 px): an entry's headline wraps whole instead of
 * ending in "…", and the whole entry (headline and source, however long) is in the cell's tooltip.
 * Screenshot: {@code target/screenshots/history-long-entries.png}.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryEntriesTest {
  // One of the longer failure titles the window writes (ClassificationAdapter), and a photo's long file name.
  private static final String TITLE = "Fetching the image took too long";
  private static final String SOURCE = "whiteboard-photo-of-the-house-number-taken-2026-12-05-at-noon.png";
  private final HistoryModel model = new HistoryModel();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new HistoryPane(model, entry -> {}), 220, 400));
    stage.show();
  }

  @Test
  void longEntry_headlineWrapsWhole_andTheTooltipHasEverything(FxRobot robot) throws Exception {
    robot.interact(() -> model.add(new ResultView(SOURCE, -1, Double.NaN, List.of(), new byte[0], "", "", TITLE,
        "The store did not answer in time.", "Try again.", ""), TestImages.drawnSeven("png")));
    FxTesting.waitUntil("the entry is shown", 5, () -> cell(robot).getItem() != null);
    FxTesting.screenshot(robot, "history-long-entries");

    ListCell<?> cell = cell(robot);
    String shown = cell.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
        .collect(Collectors.joining("\n"));
    assertThat(shown).as("what the cell draws").contains("✗ " + TITLE);
    double listRight = robot.lookup("#history").query().localToScene(robot.lookup("#history").query().getLayoutBounds()).getMaxX();
    assertThat(cell.lookupAll(".text")).as("drawn within the list, no sideways scrolling").allSatisfy(text ->
        assertThat(text.localToScene(text.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(listRight));
    Node headline = cell.lookup(".history-entry-title");
    assertThat(headline.getBoundsInLocal().getHeight()).as("wrapped onto a second line")
        .isGreaterThan(1.5 * lineHeight(headline));
    // How many characters fit depends on the machine's fonts; the start and the extension must both show.
    assertThat(shown).as("a long source keeps its start and extension").contains("\nwhite").endsWith(".png");
    Tooltip tooltip = cell.getTooltip();
    assertThat(tooltip).as("the whole entry on hover").isNotNull();
    assertThat(tooltip.getText()).contains(TITLE).contains(SOURCE);
  }

  private static double lineHeight(Node label) {
    Text probe = new Text("Ag");
    probe.setFont(((javafx.scene.control.Labeled) label).getFont());
    return probe.getLayoutBounds().getHeight();
  }

  private static ListCell<?> cell(FxRobot robot) {
    return robot.lookup("#history .list-cell").<ListCell<?>>queryAll().stream()
        .filter(c -> !c.isEmpty()).findFirst().orElseGet(() -> robot.lookup("#history .list-cell").query());
  }
}

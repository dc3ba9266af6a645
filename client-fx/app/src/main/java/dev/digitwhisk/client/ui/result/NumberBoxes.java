package dev.digitwhisk.client.ui.result;

import dev.digitwhisk.protocol.DigitBox;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The picture a number was read from with a box around each digit, captioned with the digit and its
 * confidence (above the box, or below it where the captions of narrow boxes would overlap); unsure
 * digits carry the style class {@code unsure}, the chosen one {@code selected}. Clicking a box (or
 * Space on it) chooses that digit in the {@link ResultModel}. The picture is scaled to the width it
 * is given (never above {@value #MAX_SCALE}×, nor taller than {@value #MAX_HEIGHT} pixels), the boxes with it.
 */
final class NumberBoxes extends Pane {
  static final double MAX_SCALE = 2;
  static final double MAX_HEIGHT = 160;
  /** Room above and below the picture for the captions. */
  private static final double CAPTION_SPACE = 18;
  private static final double CAPTION_GAP = 4;
  private final ResultModel model;
  private final ImageView picture = new ImageView();
  private final List<Region> boxes = new ArrayList<>();
  private final List<Label> captions = new ArrayList<>();
  private NumberView shown;
  private double pictureWidth;
  private double pictureHeight;

  NumberBoxes(ResultModel model) {
    this.model = model;
    getStyleClass().add("number-boxes");
    setId("number-boxes");
    picture.setPreserveRatio(false);
    picture.setMouseTransparent(true);
    getChildren().add(picture);
    model.selectedDigitProperty().addListener((obs, old, now) -> markSelected(now.intValue()));
  }

  void show(NumberView number) {
    shown = number;
    getChildren().retainAll(picture);
    boxes.clear();
    captions.clear();
    Image image = number.picture().length == 0 ? null : new Image(new ByteArrayInputStream(number.picture()));
    boolean usable = image != null && !image.isError() && image.getWidth() > 0;
    picture.setImage(usable ? image : null);
    // Without the picture the boxes still say where the digits lie, on an empty area of their extent.
    pictureWidth = usable ? image.getWidth() : number.digits().stream().mapToInt(d -> d.box().x() + d.box().width()).max().orElse(1);
    pictureHeight = usable ? image.getHeight() : number.digits().stream().mapToInt(d -> d.box().y() + d.box().height()).max().orElse(1);
    for (int i = 0; i < number.digits().size(); i++) {
      DigitView d = number.digits().get(i);
      Region box = new Region();
      box.setId("digit-box-" + i);
      box.getStyleClass().add("digit-box");
      if (d.unsure()) {
        box.getStyleClass().add("unsure");
      }
      box.setAccessibleText("digit " + (i + 1) + ": " + d.caption() + (d.unsure() ? ", unsure" : ""));
      int index = i;
      box.setOnMouseClicked(e -> model.selectDigit(index));
      // Reachable with Tab too: Space or Enter chooses the focused box.
      box.setFocusTraversable(true);
      box.setOnKeyPressed(e -> {
        if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
          model.selectDigit(index);
          e.consume();
        }
      });
      Tooltip.install(box, new Tooltip("Show this digit's probabilities and what the model saw"));
      Label caption = new Label(d.caption());
      caption.getStyleClass().add("digit-box-caption");
      if (d.unsure()) {
        caption.getStyleClass().add("unsure");
      }
      caption.setMouseTransparent(true);
      boxes.add(box);
      captions.add(caption);
      getChildren().addAll(box, caption);
    }
    markSelected(model.selectedDigitProperty().get());
    requestLayout();
  }

  /** The boxes, left to right (for tests and for whoever wants to focus one). */
  List<Region> boxes() {
    return List.copyOf(boxes);
  }

  private void markSelected(int index) {
    for (int i = 0; i < boxes.size(); i++) {
      boxes.get(i).getStyleClass().remove("selected");
      if (i == index) {
        boxes.get(i).getStyleClass().add("selected");
      }
    }
  }

  private double scale(double width) {
    double available = width - snappedLeftInset() - snappedRightInset();
    return Math.max(0.05, Math.min(MAX_SCALE, Math.min(available / pictureWidth, MAX_HEIGHT / pictureHeight)));
  }

  /** Its height follows the width it is given (the picture keeps its proportions). */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computePrefWidth(double height) {
    // Takes the width it is given rather than asking for the picture's.
    return 120;
  }

  @Override
  protected double computePrefHeight(double width) {
    if (shown == null) {
      return 0;
    }
    double w = width > 0 ? width : getWidth() > 0 ? getWidth() : pictureWidth;
    return snappedTopInset() + CAPTION_SPACE + pictureHeight * scale(w) + CAPTION_SPACE + snappedBottomInset();
  }

  @Override
  protected void layoutChildren() {
    if (shown == null) {
      return;
    }
    double s = scale(getWidth());
    double left = snappedLeftInset();
    double top = snappedTopInset() + CAPTION_SPACE;
    picture.setFitWidth(pictureWidth * s);
    picture.setFitHeight(pictureHeight * s);
    picture.relocate(left, top);
    // A caption goes above its box unless it would run into the one before it there; then below.
    double aboveEnd = Double.NEGATIVE_INFINITY;
    double belowEnd = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < boxes.size(); i++) {
      DigitBox b = shown.digits().get(i).box();
      double x = left + b.x() * s;
      double y = top + b.y() * s;
      double h = Math.max(4, b.height() * s);
      boxes.get(i).resizeRelocate(x, y, Math.max(4, b.width() * s), h);
      Label caption = captions.get(i);
      caption.autosize();
      boolean below = x < aboveEnd + CAPTION_GAP && x >= belowEnd + CAPTION_GAP;
      caption.relocate(x, below ? y + h : Math.max(0, y - caption.getHeight()));
      if (below) {
        belowEnd = x + caption.getWidth();
      } else {
        aboveEnd = x + caption.getWidth();
      }
    }
  }
}

package dev.digitwhisk.client.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A canvas (square for a digit, wide for a number) to write on with mouse or pen: black ink on white, like paper. Strokes
 * are kept as points and drawn as quadratic curves through the midpoints (smooth without lag),
 * round caps and joins; undo removes the last stroke.
 */
public final class DrawingPad extends Region {
  public static final String STYLE_CLASS = "drawing-pad";
  private final Canvas canvas;
  private final List<Stroke> strokes = new ArrayList<>();
  private final DoubleProperty strokeWidth = new SimpleDoubleProperty(18);
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
  private Stroke current;
  private Runnable onPenUp = () -> { };

  public DrawingPad(double size) {
    canvas = new Canvas(size, size);
    getChildren().add(canvas);
    getStyleClass().add(STYLE_CLASS);
    setFocusTraversable(true);
    fixSize(size, size);
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::penDown);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::penMove);
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::penUp);
    redraw();
  }

  /**
   * Changes the writing area. The strokes are kept: those past a smaller pad's edge are hidden and
   * come back when it grows again, but only what is visible is classified.
   */
  public void resizePad(double width, double height) {
    canvas.setWidth(width);
    canvas.setHeight(height);
    fixSize(width, height);
    redraw();
  }

  private void fixSize(double width, double height) {
    setMinSize(width, height);
    setPrefSize(width, height);
    setMaxSize(width, height);
  }

  private void penDown(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    requestFocus();
    current = new Stroke(strokeWidth.get(), e.getX(), e.getY());
    strokes.add(current);
    empty.set(false);
    redraw();
  }

  private void penMove(MouseEvent e) {
    if (current != null) {
      current.add(clampX(e.getX()), clampY(e.getY()));
      redraw();
    }
  }

  private void penUp(MouseEvent e) {
    if (current != null) {
      current.add(clampX(e.getX()), clampY(e.getY()));
      current = null;
      redraw();
      onPenUp.run();
    }
  }

  private double clampX(double v) {
    return Math.max(0, Math.min(canvas.getWidth(), v));
  }

  private double clampY(double v) {
    return Math.max(0, Math.min(canvas.getHeight(), v));
  }

  /** Called after each stroke ends (classify-as-you-draw listens here). */
  public void setOnPenUp(Runnable action) {
    onPenUp = action == null ? () -> { } : action;
  }

  public void undo() {
    if (!strokes.isEmpty()) {
      strokes.remove(strokes.size() - 1);
      empty.set(strokes.isEmpty());
      redraw();
    }
  }

  public void clear() {
    strokes.clear();
    current = null;
    empty.set(true);
    redraw();
  }

  public DoubleProperty strokeWidthProperty() {
    return strokeWidth;
  }

  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  public boolean isEmpty() {
    return empty.get();
  }

  public int strokeCount() {
    return strokes.size();
  }

  /** The drawing as pixels (FX thread). */
  public WritableImage snapshotImage() {
    return canvas.snapshot(null, null);
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setStroke(Color.BLACK);
    g.setFill(Color.BLACK);
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineJoin(StrokeLineJoin.ROUND);
    for (Stroke s : strokes) {
      draw(g, s);
    }
  }

  private static void draw(GraphicsContext g, Stroke s) {
    List<double[]> p = s.points();
    g.setLineWidth(s.width());
    if (p.size() == 1) {
      double r = s.width() / 2;
      g.fillOval(p.get(0)[0] - r, p.get(0)[1] - r, s.width(), s.width());
      return;
    }
    g.beginPath();
    g.moveTo(p.get(0)[0], p.get(0)[1]);
    for (int i = 1; i < p.size() - 1; i++) {
      double mx = (p.get(i)[0] + p.get(i + 1)[0]) / 2;
      double my = (p.get(i)[1] + p.get(i + 1)[1]) / 2;
      g.quadraticCurveTo(p.get(i)[0], p.get(i)[1], mx, my);
    }
    double[] last = p.get(p.size() - 1);
    g.lineTo(last[0], last[1]);
    g.stroke();
  }

  @Override
  protected void layoutChildren() {
    canvas.relocate(snappedLeftInset(), snappedTopInset());
  }
}

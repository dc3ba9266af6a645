package dev.digitwhisk.client.ui.draw;

import java.util.ArrayList;
import java.util.List;

/** One pen-down-to-pen-up line: its points in canvas coordinates and its width. */
final class Stroke {
  private final double width;
  private final List<double[]> points = new ArrayList<>();

  Stroke(double width, double x, double y) {
    this.width = width;
    points.add(new double[] {x, y});
  }

  void add(double x, double y) {
    double[] last = points.get(points.size() - 1);
    if (Math.abs(last[0] - x) + Math.abs(last[1] - y) >= 0.5) {
      points.add(new double[] {x, y});
    }
  }

  double width() {
    return width;
  }

  List<double[]> points() {
    return points;
  }
}

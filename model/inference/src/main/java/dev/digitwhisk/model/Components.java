package dev.digitwhisk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected pieces of ink (8-neighbourhood). A digit is one piece or a few (a 5's flag, a 4 drawn in
 * two strokes, gaps in a faint pen line); dust, paper edges and JPEG specks are small pieces away from
 * it, pieces that never reach full ink are noise, uneven light that survived flattening is faint ink
 * along the picture's edge, and ruled lines, the sheet's edge or the table around it run across the
 * picture or fill much of it from an edge. Keeps the substantial pieces of what remains and the small
 * ones close to them; a piece is dropped as noise or scenery only when something else is left.
 */
final class Components {
  /** A piece this share of the largest piece's mass always belongs to the digit. */
  private static final double MAJOR = 0.08;
  /** Small pieces are kept when this close to the digit, relative to the digit's larger side. */
  private static final double NEAR = 0.15;
  /** Smallest mass (in full-ink pixels) the largest piece must have to be a drawing. */
  private static final double MIN_MASS = 4;

  private Components() {}

  /** Pieces touching the picture's edge with a mean ink level below this are shading, not strokes. */
  private static final double FAINT = 0.5;

  /** A piece touching the edge and covering more than this share of the picture is not a digit. */
  private static final double SCENERY_SHARE = 0.25;
  /** A stroke has a core at (nearly) full ink; a piece that never gets this dark is noise. */
  private static final float CORE = 0.5f;

  private record Piece(int label, double mass, int pixels, float peak, int x0, int y0, int x1, int y1) {
    boolean noise(int w, int h) {
      boolean edge = x0 == 0 || y0 == 0 || x1 == w || y1 == h;
      return peak < CORE || (edge && mass / pixels < FAINT);
    }

    /** A ruled line, the edge of the sheet or the table around it: across the picture or most of it. */
    boolean scenery(int w, int h) {
      boolean across = (x0 == 0 && x1 == w) || (y0 == 0 && y1 == h);
      boolean edge = x0 == 0 || y0 == 0 || x1 == w || y1 == h;
      return across || (edge && pixels > SCENERY_SHARE * w * h);
    }
  }

  static Gray keepDigit(Gray ink) throws NoDigitFoundException {
    int w = ink.width;
    int h = ink.height;
    int[] labels = new int[w * h];
    int[] stack = new int[w * h];
    List<Piece> pieces = new ArrayList<>();
    for (int start = 0; start < labels.length; start++) {
      if (labels[start] != 0 || ink.v[start] <= 0) {
        continue;
      }
      int label = pieces.size() + 1;
      int top = 0;
      stack[top++] = start;
      labels[start] = label;
      double mass = 0;
      int pixels = 0;
      float peak = 0;
      int x0 = w;
      int y0 = h;
      int x1 = -1;
      int y1 = -1;
      while (top > 0) {
        int i = stack[--top];
        int x = i % w;
        int y = i / w;
        mass += ink.v[i];
        pixels++;
        peak = Math.max(peak, ink.v[i]);
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
              int j = ny * w + nx;
              if (labels[j] == 0 && ink.v[j] > 0) {
                labels[j] = label;
                stack[top++] = j;
              }
            }
          }
        }
      }
      pieces.add(new Piece(label, mass, pixels, peak, x0, y0, x1 + 1, y1 + 1));
    }
    int labelCount = pieces.size();
    List<Piece> strokes = pieces.stream().filter(p -> !p.noise(w, h)).toList();
    if (!strokes.isEmpty()) {
      pieces = strokes;
    }
    List<Piece> digit = pieces.stream().filter(p -> !p.scenery(w, h)).toList();
    if (!digit.isEmpty()) {
      pieces = digit;
    }
    Piece largest = pieces.stream().max((a, b) -> Double.compare(a.mass, b.mass)).orElse(null);
    if (largest == null || largest.mass < MIN_MASS) {
      throw InkExtractor.blank();
    }
    boolean[] keep = new boolean[labelCount + 1];
    int[] box = {w, h, 0, 0};
    for (Piece p : pieces) {
      if (p.mass >= MAJOR * largest.mass) {
        keep[p.label] = true;
        grow(box, p);
      }
    }
    boolean added = true;
    for (int pass = 0; added && pass < 3; pass++) {
      added = false;
      double margin = NEAR * Math.max(box[2] - box[0], box[3] - box[1]);
      for (Piece p : pieces) {
        if (!keep[p.label] && gap(box, p) <= margin) {
          keep[p.label] = true;
          grow(box, p);
          added = true;
        }
      }
    }
    Gray out = new Gray(w, h);
    for (int i = 0; i < labels.length; i++) {
      if (keep[labels[i]]) {
        out.v[i] = ink.v[i];
      }
    }
    return out;
  }

  private static void grow(int[] box, Piece p) {
    box[0] = Math.min(box[0], p.x0);
    box[1] = Math.min(box[1], p.y0);
    box[2] = Math.max(box[2], p.x1);
    box[3] = Math.max(box[3], p.y1);
  }

  private static double gap(int[] box, Piece p) {
    int dx = Math.max(0, Math.max(box[0] - p.x1, p.x0 - box[2]));
    int dy = Math.max(0, Math.max(box[1] - p.y1, p.y0 - box[3]));
    return Math.hypot(dx, dy);
  }
}

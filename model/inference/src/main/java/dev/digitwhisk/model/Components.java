package dev.digitwhisk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the digit among the pieces of ink. Pieces are grown from their cores (pixels at least half
 * inked, 8-connected) into the soft pixels around them, but only downhill, so an anti-aliased edge
 * joins its stroke while a faint ruled line touching the digit does not. A digit is one piece or a
 * few (a 5's flag, a 4 drawn in two strokes, gaps in a faint pen line); dust and JPEG specks are small
 * pieces away from it, uneven light that survived is faint ink along the picture's edge, and ruled
 * lines, the sheet's edge or the table around it run across the picture or fill much of it from an
 * edge. Keeps the substantial pieces of what remains and the small ones close to them; a piece is
 * dropped as noise or scenery only when something else is left.
 */
final class Components {
  /** A piece this share of the largest piece's mass always belongs to the digit. */
  private static final double MAJOR = 0.08;
  /** Small pieces are kept when this close to the digit, relative to the digit's larger side. */
  private static final double NEAR = 0.15;
  /** Smallest mass (in full-ink pixels) the largest piece must have to be a drawing. */
  private static final double MIN_MASS = 4;
  /** Pieces touching the picture's edge with a mean ink level below this are shading, not strokes. */
  private static final double FAINT = 0.5;
  /** A piece touching the edge and covering more than this share of the picture is not a digit. */
  private static final double SCENERY_SHARE = 0.25;
  /** Core pixels: at least this much ink. */
  private static final float CORE = 0.5f;

  private Components() {}

  private record Piece(int label, double mass, int pixels, int x0, int y0, int x1, int y1) {
    boolean faintAtEdge(int w, int h) {
      boolean edge = x0 == 0 || y0 == 0 || x1 == w || y1 == h;
      return edge && mass / pixels < FAINT;
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
    int count = label(ink, labels);
    List<Piece> pieces = measure(ink, labels, count);
    List<Piece> strokes = pieces.stream().filter(p -> !p.faintAtEdge(w, h)).toList();
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
    boolean[] keep = new boolean[count + 1];
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

  /**
   * Labels the pieces of ink 1..n the way {@link #keepDigit} sees them (cores grown downhill into
   * their soft edges); unreached pixels stay 0. Returns n.
   */
  static int label(Gray ink, int[] labels) {
    int count = labelCores(ink, labels);
    growDownhill(ink, labels);
    return count;
  }

  /** Labels the 8-connected groups of core pixels 1..n; returns n. */
  private static int labelCores(Gray ink, int[] labels) {
    int w = ink.width;
    int h = ink.height;
    int[] stack = new int[w * h];
    int count = 0;
    for (int start = 0; start < labels.length; start++) {
      if (labels[start] != 0 || ink.v[start] < CORE) {
        continue;
      }
      int label = ++count;
      int top = 0;
      stack[top++] = start;
      labels[start] = label;
      while (top > 0) {
        int i = stack[--top];
        int y = i / w;
        int x = i - y * w;
        for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
          for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
            int j = ny * w + nx;
            if (labels[j] == 0 && ink.v[j] >= CORE) {
              labels[j] = label;
              stack[top++] = j;
            }
          }
        }
      }
    }
    return count;
  }

  /** Soft pixels join a neighbouring piece when they are fainter than the pixel they join from. */
  private static void growDownhill(Gray ink, int[] labels) {
    int w = ink.width;
    int h = ink.height;
    int[] queue = new int[w * h];
    int tail = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0) {
        queue[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int i = queue[head];
      int y = i / w;
      int x = i - y * w;
      for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
        for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
          int j = ny * w + nx;
          if (labels[j] == 0 && ink.v[j] > 0 && ink.v[j] < ink.v[i]) {
            labels[j] = labels[i];
            queue[tail++] = j;
          }
        }
      }
    }
  }

  private static List<Piece> measure(Gray ink, int[] labels, int count) {
    double[] mass = new double[count + 1];
    int[] pixels = new int[count + 1];
    int[] x0 = new int[count + 1];
    int[] y0 = new int[count + 1];
    int[] x1 = new int[count + 1];
    int[] y1 = new int[count + 1];
    java.util.Arrays.fill(x0, Integer.MAX_VALUE);
    java.util.Arrays.fill(y0, Integer.MAX_VALUE);
    for (int i = 0; i < labels.length; i++) {
      int l = labels[i];
      if (l == 0) {
        continue;
      }
      int y = i / ink.width;
      int x = i - y * ink.width;
      mass[l] += ink.v[i];
      pixels[l]++;
      x0[l] = Math.min(x0[l], x);
      y0[l] = Math.min(y0[l], y);
      x1[l] = Math.max(x1[l], x + 1);
      y1[l] = Math.max(y1[l], y + 1);
    }
    List<Piece> pieces = new ArrayList<>(count);
    for (int l = 1; l <= count; l++) {
      pieces.add(new Piece(l, mass[l], pixels[l], x0[l], y0[l], x1[l], y1[l]));
    }
    return pieces;
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

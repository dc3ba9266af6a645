package dev.digitwhisk.model.number;

import dev.digitwhisk.model.InkMap;

/**
 * A picture's ink with its pieces labelled, and which group (candidate digit) each piece belongs
 * to: 0 for pieces left out as specks. Groups are numbered from 1.
 */
final class Sheet {
  final int width;
  final int height;
  final float[] v;
  final int[] labels;
  final int pieces;
  final int[] groupOf;

  Sheet(InkMap ink) {
    width = ink.width();
    height = ink.height();
    v = ink.values();
    labels = ink.pieces();
    int n = 0;
    for (int label : labels) {
      n = Math.max(n, label);
    }
    pieces = n;
    groupOf = new int[n + 1];
  }

  private boolean in(int i, int group) {
    return v[i] > 0 && labels[i] != 0 && groupOf[labels[i]] == group;
  }

  /** The group's ink between two cuts, within columns {@code x0..x1-1} and rows {@code y0..y1-1}; null if none. */
  Blob measure(int group, Cut from, Cut to, int x0, int x1, int y0, int y1) {
    int bx0 = Integer.MAX_VALUE;
    int by0 = Integer.MAX_VALUE;
    int bx1 = -1;
    int by1 = -1;
    double mass = 0;
    double mx = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int i = y * width + x;
        if (in(i, group) && !from.leftOf(x, y) && to.leftOf(x, y)) {
          bx0 = Math.min(bx0, x);
          bx1 = Math.max(bx1, x + 1);
          by0 = Math.min(by0, y);
          by1 = Math.max(by1, y + 1);
          mass += v[i];
          mx += v[i] * x;
        }
      }
    }
    return bx1 < 0 ? null : new Blob(group, from, to, bx0, by0, bx1, by1, mass, mx / mass);
  }

  /** A whole group as a blob; null if it holds no ink. */
  Blob whole(int group) {
    return measure(group, Cut.NONE_LEFT, Cut.NONE_RIGHT, 0, width, 0, height);
  }

  /** The part of {@code b} between the cuts {@code from} and {@code to} (one of them may be {@code b}'s own); null if empty. */
  Blob cut(Blob b, Cut from, Cut to) {
    return measure(b.group(), from, to, b.x0(), b.x1(), b.y0(), b.y1());
  }

  /** The blob's ink alone, cropped to its box, as the single-digit layout takes it. */
  InkMap part(Blob b) {
    int w = b.width();
    int h = b.height();
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = (b.y0() + y) * width + b.x0() + x;
        if (in(i, b.group()) && b.between(b.x0() + x, b.y0() + y)) {
          out[y * w + x] = v[i];
        }
      }
    }
    return InkMap.part(w, h, out);
  }

  /** The ink at {@code (x, y)} if it is the blob's (its group's, between its cuts), else 0. */
  double ink(Blob b, int x, int y) {
    int i = y * width + x;
    return in(i, b.group()) && b.between(x, y) ? v[i] : 0;
  }

  /**
   * The blob's ink a cut crosses, one pixel per row (the first right of the cut), in rows of the
   * blob's average ink: about 1 where the cut crosses one stroke, 0 where it crosses none.
   */
  double crossed(Blob b, Cut cut) {
    double sum = 0;
    for (int y = b.y0(); y < b.y1(); y++) {
      int x = (int) Math.ceil(cut.at(y) - 0.5);
      if (x >= b.x0() && x < b.x1()) {
        sum += ink(b, x, y);
      }
    }
    return sum / (b.mass() / b.height());
  }

  /** Ink per column of the blob's box (index 0 = column x0). */
  double[] columns(Blob b) {
    double[] sums = new double[b.width()];
    for (int y = b.y0(); y < b.y1(); y++) {
      for (int x = b.x0(); x < b.x1(); x++) {
        sums[x - b.x0()] += ink(b, x, y);
      }
    }
    return sums;
  }
}

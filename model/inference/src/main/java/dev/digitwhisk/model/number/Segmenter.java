package dev.digitwhisk.model.number;

import dev.digitwhisk.protocol.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a picture's pieces of ink into digit candidates, left to right. Marks (pieces of real
 * weight) start as candidates of their own; a mark that shares most of its columns with another and
 * is clearly shorter, or far lighter, is a broken stroke of it (a 5's flag, a 4 drawn in two strokes)
 * and joins it, while two full-height marks side by side stay two digits even when their boxes
 * overlap. Specks join the candidate they lie next to, or are left out.
 */
final class Segmenter {
  /** A piece this share of the heaviest piece's mass is a mark: a digit or a substantial part of one. */
  static final double MARK_SHARE = 0.1;
  /** More marks than this is scribble or specks, refused before any pairwise work. */
  static final int MAX_MARKS = Limits.MAX_NUMBER_MARKS;
  /** Marks sharing at least this share of the narrower one's columns may be one digit. */
  private static final double SHARED_COLUMNS = 0.5;
  /** ... when the shorter is at most this share of the taller's height. */
  private static final double PARTIAL_HEIGHT = 0.6;
  /** ... or the lighter at most this share of the heavier's mass. */
  private static final double PARTIAL_MASS = 0.15;
  /** ... or they share at most this share of the shorter one's rows: one above the other. */
  private static final double STACKED = 0.4;
  /** A candidate shorter than this share of the typical height is a fragment: it joins its nearest neighbour. */
  private static final double FRAGMENT = 0.5;
  /** ... when that neighbour is within this share of the typical height. */
  private static final double FRAGMENT_REACH = 0.5;
  /** Specks join a candidate within this share of the typical mark height. */
  private static final double SPECK_REACH = 0.25;

  private Segmenter() {}

  /** The candidates, ordered by centre of mass from left to right; fills {@code sheet.groupOf}. */
  static List<Blob> candidates(Sheet sheet) throws TooManyDigitsException {
    int n = sheet.pieces;
    int[] x0 = new int[n + 1];
    int[] y0 = new int[n + 1];
    int[] x1 = new int[n + 1];
    int[] y1 = new int[n + 1];
    double[] mass = new double[n + 1];
    Arrays.fill(x0, Integer.MAX_VALUE);
    Arrays.fill(y0, Integer.MAX_VALUE);
    for (int i = 0; i < sheet.labels.length; i++) {
      int l = sheet.labels[i];
      if (l == 0) {
        continue;
      }
      int y = i / sheet.width;
      int x = i - y * sheet.width;
      mass[l] += sheet.v[i];
      x0[l] = Math.min(x0[l], x);
      y0[l] = Math.min(y0[l], y);
      x1[l] = Math.max(x1[l], x + 1);
      y1[l] = Math.max(y1[l], y + 1);
    }
    double heaviest = Arrays.stream(mass).max().orElse(0);
    List<Integer> marks = new ArrayList<>();
    for (int l = 1; l <= n; l++) {
      if (mass[l] > 0 && mass[l] >= MARK_SHARE * heaviest) {
        marks.add(l);
      }
    }
    if (marks.isEmpty()) {
      return List.of();
    }
    if (marks.size() > MAX_MARKS) {
      throw new TooManyDigitsException(("The picture holds %d separate marks; a number has at most %d digits. "
          + "Crop the picture to the number, or clean specks and scribbles off it.").formatted(marks.size(), NumberReader.MAX_DIGITS));
    }
    // Union-find over the marks, boxes kept at the root.
    int[] parent = new int[n + 1];
    for (int l = 0; l <= n; l++) {
      parent[l] = l;
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int a = 0; a < marks.size(); a++) {
        for (int b = a + 1; b < marks.size(); b++) {
          int ra = root(parent, marks.get(a));
          int rb = root(parent, marks.get(b));
          if (ra != rb && oneDigit(ra, rb, x0, y0, x1, y1, mass)) {
            join(ra, rb, parent, x0, y0, x1, y1, mass);
            merged = true;
          }
        }
      }
    }
    int[] roots = marks.stream().mapToInt(l -> root(parent, l)).distinct().toArray();
    int[] heights = Arrays.stream(roots).map(r -> y1[r] - y0[r]).sorted().toArray();
    int typical = heights[heights.length / 2];
    double reach = SPECK_REACH * typical;
    if (roots.length > 1) {
      for (int r : roots) {
        if (y1[r] - y0[r] < FRAGMENT * typical) {
          int[] others = Arrays.stream(roots).filter(o -> o != r && root(parent, o) == o).toArray();
          int into = nearestRoot(r, others, FRAGMENT_REACH * typical, x0, y0, x1, y1);
          if (into != 0) {
            join(into, r, parent, x0, y0, x1, y1, mass);
          }
        }
      }
      roots = marks.stream().mapToInt(l -> root(parent, l)).distinct().toArray();
    }
    int[] groupOfRoot = new int[n + 1];
    for (int g = 0; g < roots.length; g++) {
      groupOfRoot[roots[g]] = g + 1;
    }
    for (int l : marks) {
      sheet.groupOf[l] = groupOfRoot[root(parent, l)];
    }
    for (int l = 1; l <= n; l++) {
      if (mass[l] > 0 && mass[l] < MARK_SHARE * heaviest) {
        sheet.groupOf[l] = nearest(l, roots, groupOfRoot, reach, x0, y0, x1, y1);
      }
    }
    List<Blob> blobs = new ArrayList<>(roots.length);
    for (int g = 1; g <= roots.length; g++) {
      Blob b = sheet.whole(g);
      if (b != null) {
        blobs.add(b);
      }
    }
    blobs.sort(Comparator.comparingDouble(Blob::centreX));
    return blobs;
  }

  /** Whether two marks (or groups of them) are one digit's pieces. */
  private static boolean oneDigit(int a, int b, int[] x0, int[] y0, int[] x1, int[] y1, double[] mass) {
    int shared = Math.min(x1[a], x1[b]) - Math.max(x0[a], x0[b]);
    int narrower = Math.min(x1[a] - x0[a], x1[b] - x0[b]);
    if (shared < SHARED_COLUMNS * narrower) {
      return false;
    }
    int ha = y1[a] - y0[a];
    int hb = y1[b] - y0[b];
    int stacked = Math.min(y1[a], y1[b]) - Math.max(y0[a], y0[b]);
    return Math.min(ha, hb) <= PARTIAL_HEIGHT * Math.max(ha, hb)
        || stacked <= STACKED * Math.min(ha, hb)
        || Math.min(mass[a], mass[b]) <= PARTIAL_MASS * Math.max(mass[a], mass[b]);
  }

  /** The group whose box is nearest to piece {@code l}'s, if within {@code reach}; else 0. */
  private static int nearest(int l, int[] roots, int[] groupOfRoot, double reach,
                             int[] x0, int[] y0, int[] x1, int[] y1) {
    int r = nearestRoot(l, roots, reach, x0, y0, x1, y1);
    return r == 0 ? 0 : groupOfRoot[r];
  }

  /** Of {@code roots}, the one whose box is nearest to {@code l}'s, if within {@code reach}; else 0. */
  private static int nearestRoot(int l, int[] roots, double reach, int[] x0, int[] y0, int[] x1, int[] y1) {
    int best = 0;
    double bestGap = reach;
    for (int r : roots) {
      int dx = Math.max(0, Math.max(x0[r] - x1[l], x0[l] - x1[r]));
      int dy = Math.max(0, Math.max(y0[r] - y1[l], y0[l] - y1[r]));
      double gap = Math.hypot(dx, dy);
      if (gap <= bestGap) {
        bestGap = gap;
        best = r;
      }
    }
    return best;
  }

  /** Makes root {@code from} part of root {@code into}, whose box and mass grow to hold it. */
  private static void join(int into, int from, int[] parent, int[] x0, int[] y0, int[] x1, int[] y1, double[] mass) {
    parent[from] = into;
    x0[into] = Math.min(x0[into], x0[from]);
    y0[into] = Math.min(y0[into], y0[from]);
    x1[into] = Math.max(x1[into], x1[from]);
    y1[into] = Math.max(y1[into], y1[from]);
    mass[into] += mass[from];
  }

  private static int root(int[] parent, int l) {
    while (parent[l] != l) {
      parent[l] = parent[parent[l]];
      l = parent[l];
    }
    return l;
  }
}

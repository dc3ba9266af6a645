package dev.digitwhisk.model.number;

/**
 * The cut through a candidate that crosses the least ink, top to bottom, moving at most one column per
 * row: where two digits touch, their strokes overlap in columns, so no straight line parts them, but
 * a path bending around the strokes crosses only the joint. Found by dynamic programming over the
 * rows, a small toll per sideways step keeping the path straight through blank paper.
 */
final class CurvedCut {
  /** Cost of one sideways step, in units of full-ink pixels crossed. */
  private static final double STEP = 0.05;

  private CurvedCut() {}

  /** The least-ink path within columns {@code from..to-1} of the sheet, clamped to inside the blob. */
  static Cut through(Sheet sheet, Blob b, int from, int to) {
    int lo = Math.max(b.x0() + 1, b.x0() + from);
    int hi = Math.min(b.x1() - 1, b.x0() + to);
    if (hi <= lo) {
      return Cut.through(lo, 0, 0);
    }
    int w = hi - lo;
    int h = b.height();
    double[] cost = new double[w];
    double[] next = new double[w];
    int[][] step = new int[h][w];
    for (int x = 0; x < w; x++) {
      cost[x] = sheet.ink(b, lo + x, b.y0());
    }
    for (int r = 1; r < h; r++) {
      int y = b.y0() + r;
      for (int x = 0; x < w; x++) {
        int from0 = x;
        double best = cost[x];
        for (int d = -1; d <= 1; d += 2) {
          int p = x + d;
          if (p >= 0 && p < w && cost[p] + STEP < best) {
            best = cost[p] + STEP;
            from0 = p;
          }
        }
        next[x] = best + sheet.ink(b, lo + x, y);
        step[r][x] = from0;
      }
      double[] swap = cost;
      cost = next;
      next = swap;
    }
    int end = 0;
    for (int x = 1; x < w; x++) {
      if (cost[x] < cost[end]) {
        end = x;
      }
    }
    int[] columns = new int[h];
    for (int r = h - 1; r >= 0; r--) {
      columns[r] = lo + end;
      end = step[r][end];
    }
    return new Cut.Path(b.y0(), columns);
  }
}

package dev.digitwhisk.client.workflow;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** p50/p95 of a batch's per-image stage times, the same for the command line's summary and the window's. */
public final class Percentiles {
  private Percentiles() {}

  /** One stage's milliseconds over all images, sorted. */
  public static double[] millis(List<Classification> results, Function<StageTimings, Duration> stage) {
    double[] values = results.stream().mapToDouble(c -> StageTimings.millis(stage.apply(c.timings()))).toArray();
    Arrays.sort(values);
    return values;
  }

  /** Nearest-rank percentile of sorted values; 0 when there are none. */
  public static double of(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}

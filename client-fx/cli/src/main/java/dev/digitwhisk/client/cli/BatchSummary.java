package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.Percentiles;
import dev.digitwhisk.client.workflow.StageTimings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Counts, throughput, activations used and p50/p95 per stage (per image) of a batch. */
record BatchSummary(int total, int classified, int failed, int notDeleted, Duration elapsed, int activations,
    double[] uploadMs, double[] invokeMs, double[] deleteMs, double[] totalMs) {

  static BatchSummary of(List<Classification> results, Duration elapsed, int activations) {
    int classified = (int) results.stream().filter(Classification::ok).count();
    int notDeleted = (int) results.stream().filter(c -> c.deleteProblem().isPresent()).count();
    return new BatchSummary(results.size(), classified, results.size() - classified, notDeleted, elapsed, activations,
        sorted(results, StageTimings::upload), sorted(results, StageTimings::invoke),
        sorted(results, StageTimings::delete), sorted(results, StageTimings::total));
  }

  double imagesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : total / seconds;
  }

  void print(PrintWriter out) {
    out.printf(Locale.ROOT, "%d images: %d classified, %d failed in %.2f s (%.1f images/s, %d activation%s)%n",
        total, classified, failed, elapsed.toNanos() / 1e9, imagesPerSecond(), activations, activations == 1 ? "" : "s");
    if (notDeleted > 0) {
      out.printf("WARNING: %d uploads could not be deleted (see above)%n", notDeleted);
    }
    out.printf(Locale.ROOT, "  p50 / p95 ms  upload %.1f / %.1f · invoke %.1f / %.1f · delete %.1f / %.1f · total %.1f / %.1f%n",
        percentile(uploadMs, 50), percentile(uploadMs, 95), percentile(invokeMs, 50), percentile(invokeMs, 95),
        percentile(deleteMs, 50), percentile(deleteMs, 95), percentile(totalMs, 50), percentile(totalMs, 95));
    out.flush();
  }

  private static double percentile(double[] sorted, int p) {
    return Percentiles.of(sorted, p);
  }

  private static double[] sorted(List<Classification> results, Function<StageTimings, Duration> stage) {
    return Percentiles.millis(results, stage);
  }
}

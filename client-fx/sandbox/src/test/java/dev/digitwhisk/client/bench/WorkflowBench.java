package dev.digitwhisk.client.bench;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.client.workflow.BatchListener;
import dev.digitwhisk.client.workflow.BatchRun;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.client.workflow.StageTimings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Not a test: sandbox figures. Start → ready, one-at-a-time latency per stage (warm), and batch
 * throughput with one activation per image against groups of up to 16, alternating in one warm process.
 * Run: java -cp … dev.digitwhisk.client.bench.WorkflowBench [singles] [batch] [concurrency] [rounds]
 */
public final class WorkflowBench {
  public static void main(String[] args) throws Exception {
    int singles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    long t0 = System.nanoTime();
    try (Backend backend = Backend.sandbox()) {
      long constructed = System.nanoTime();
      ClassificationWorkflow workflow = backend.ready().get(120, TimeUnit.SECONDS);
      long ready = System.nanoTime();
      System.out.printf("Backend.sandbox() returned in %.1f ms; ready (S3Proxy + action server + bucket) after %.1f ms%n",
          (constructed - t0) / 1e6, (ready - t0) / 1e6);
      ImageSource image = ImageSource.ofBytes("seven.png", TestImages.drawnSeven("png"));
      Classification first = workflow.classify(image);
      System.out.printf("first classification: %.1f ms (%s)%n", first.timings().total().toNanos() / 1e6,
          first.ok() ? "digit " + first.digit() : first.failure().orElseThrow());
      for (int i = 0; i < 20; i++) {
        workflow.classify(image);
      }
      List<StageTimings> timings = new ArrayList<>();
      for (int i = 0; i < singles; i++) {
        Classification c = workflow.classify(image);
        if (!c.ok()) {
          throw new IllegalStateException(c.failure().toString());
        }
        timings.add(c.timings());
      }
      System.out.printf("warm, one at a time (%d): %s%n", singles, summary(timings));
      List<ImageSource> sources = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        sources.add(ImageSource.ofBytes("seven-" + i + ".png", image.bytes()));
      }
      // One activation per image against groups of up to 16, alternating, on the same warm servers.
      ClassificationWorkflow perImage = new ClassificationWorkflow(workflow.store(), workflow.invoker(),
          workflow.options().withPerActivation(1));
      for (int round = 1; round <= rounds; round++) {
        batch(perImage, sources, concurrency, "per image");
        batch(workflow, sources, concurrency, "grouped");
      }
      System.out.printf("objects left in the bucket: %d%n", workflow.store().list(10_000).size());
    }
  }

  private static void batch(ClassificationWorkflow workflow, List<ImageSource> sources, int concurrency, String label)
      throws InterruptedException {
    long b0 = System.nanoTime();
    BatchRun run = workflow.classifyAll(sources, concurrency, BatchListener.none());
    List<Classification> results = run.await();
    double seconds = (System.nanoTime() - b0) / 1e9;
    long ok = results.stream().filter(Classification::ok).count();
    System.out.printf("%-9s %d images, concurrency %d: %.2f s, %.0f images/s, %d activations, %d ok; %s%n", label,
        sources.size(), concurrency, seconds, sources.size() / seconds, run.activations(), ok,
        summary(results.stream().map(Classification::timings).toList()));
  }

  private static String summary(List<StageTimings> timings) {
    return "p50/p95 ms total " + pct(timings, StageTimings::total) + ", upload " + pct(timings, StageTimings::upload)
        + ", invoke " + pct(timings, StageTimings::invoke) + ", delete " + pct(timings, StageTimings::delete);
  }

  private static String pct(List<StageTimings> timings, Function<StageTimings, Duration> stage) {
    double[] ms = timings.stream().mapToDouble(t -> stage.apply(t).toNanos() / 1e6).sorted().toArray();
    return String.format("%.1f/%.1f", ms[(int) (ms.length * 0.5)], ms[Math.min(ms.length - 1, (int) (ms.length * 0.95))]);
  }

  private WorkflowBench() {}

  static double[] sorted(double[] a) {
    double[] c = a.clone();
    Arrays.sort(c);
    return c;
  }
}

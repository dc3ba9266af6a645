package dev.digitwhisk.action.classify;

/** Milliseconds each stage of one classification took; {@code total} covers the whole activation part. */
public record Timings(double fetch, double decode, double preprocess, double infer, double total) {
  public static final Timings NONE = new Timings(0, 0, 0, 0, 0);

  static double millisSince(long startNanos) {
    return round((System.nanoTime() - startNanos) / 1e6);
  }

  static double round(double millis) {
    return Math.round(millis * 1000.0) / 1000.0;
  }

  Timings withInfer(double inferMillis, double totalMillis) {
    return new Timings(fetch, decode, preprocess, inferMillis, totalMillis);
  }
}

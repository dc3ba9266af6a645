package dev.digitwhisk.action.classify;

/** Times fetch, decode and preprocess in turn; a failed stage still reports the time it took. */
final class Stopwatch {
  private final double[] laps = new double[3];
  private int stage;
  private long since = System.nanoTime();

  Stopwatch lap() {
    if (stage < laps.length) {
      laps[stage++] = Timings.millisSince(since);
      since = System.nanoTime();
    }
    return this;
  }

  Timings timings() {
    return new Timings(laps[0], laps[1], laps[2], 0, 0);
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test steps it, so per-minute windows are testable without waiting. */
public final class StepClock extends Clock {
  private final AtomicReference<Instant> now;

  public StepClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public void advance(Duration step) {
    now.updateAndGet(t -> t.plus(step));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a step clock is UTC only");
  }
}

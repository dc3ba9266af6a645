package dev.digitwhisk.client.workflow;

import java.time.Duration;
import java.util.Objects;

/**
 * Wall-clock time per stage of one classification, as the client saw it. A stage that did not run
 * is {@link Duration#ZERO}. {@code upload} includes presigning; {@code invoke} includes retries,
 * polling and the action's fetch of the image.
 */
public record StageTimings(Duration upload, Duration invoke, Duration delete, Duration total) {
  public StageTimings {
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(invoke, "invoke");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(total, "total");
  }

  public static double millis(Duration d) {
    return d.toNanos() / 1e6;
  }
}

package dev.digitwhisk.client.workflow;

import java.util.List;

/**
 * Hears a batch's results as they come, on the batch's worker threads (a UI hands them over to
 * its own thread). {@code index} is the image's position in the list given to the batch.
 */
@FunctionalInterface
public interface BatchListener {
  void onResult(int index, Classification classification, int completed, int total);

  /** Called once, after the last result (also after a cancel). */
  default void onFinished(List<Classification> all) {}

  static BatchListener none() {
    return (index, c, completed, total) -> { };
  }
}

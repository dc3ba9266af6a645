package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.upload.StoreException;
import dev.digitwhisk.client.upload.StoredObject;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes an upload with retries. Runs also on a cancelled (interrupted) thread: the interrupt is
 * set aside while deleting and restored afterwards, because leaving the image behind is worse than
 * a cancel that takes a few more milliseconds.
 */
final class Deleter {
  private static final Logger LOG = LoggerFactory.getLogger(Deleter.class);

  private final ObjectStore store;
  private final WorkflowOptions options;

  Deleter(ObjectStore store, WorkflowOptions options) {
    this.store = store;
    this.options = options;
  }

  /** Empty when deleted; otherwise why not, after all attempts. */
  Optional<String> delete(StoredObject object) {
    boolean interrupted = Thread.interrupted();
    try {
      long backoff = options.deleteBackoff().toMillis();
      StoreException last = null;
      for (int attempt = 1; attempt <= options.deleteAttempts(); attempt++) {
        try {
          store.delete(object);
          if (attempt > 1) {
            LOG.info("Deleted {} on attempt {}", object.name(), attempt);
          }
          return Optional.empty();
        } catch (StoreException e) {
          last = e;
          LOG.warn("Deleting {} failed (attempt {} of {}): {}", object.name(), attempt, options.deleteAttempts(), e.getMessage());
        } catch (InterruptedException e) {
          interrupted = true;
        }
        if (attempt < options.deleteAttempts()) {
          try {
            Thread.sleep(backoff);
          } catch (InterruptedException e) {
            interrupted = true;
          }
          backoff *= 2;
        }
      }
      String why = last == null ? "the delete was interrupted" : last.getMessage();
      LOG.error("The uploaded image {}/{} could not be deleted after {} attempts: {}", object.bucket(), object.name(),
          options.deleteAttempts(), why);
      return Optional.of("The uploaded image " + object.name() + " could not be deleted from bucket '" + object.bucket()
          + "' after " + options.deleteAttempts() + " attempts: " + why + " Delete it by hand or let the bucket's expiry rule remove it.");
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

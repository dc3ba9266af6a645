package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.upload.StoreException;
import dev.digitwhisk.client.upload.StoredObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes uploads with retries: one image with a plain DELETE, a group with one multi-object
 * delete, retried for the objects still there. Runs also on a cancelled (interrupted) thread: the
 * interrupt is set aside while deleting and restored afterwards, because leaving images behind is
 * worse than a cancel that takes a few more milliseconds.
 */
final class Deleter {
  private static final Logger LOG = LoggerFactory.getLogger(Deleter.class);

  private final ObjectStore store;
  private final WorkflowOptions options;

  Deleter(ObjectStore store, WorkflowOptions options) {
    this.store = store;
    this.options = options;
  }

  /** The objects that could not be deleted after all attempts, each with why; empty when all are gone. */
  Map<StoredObject, String> delete(List<StoredObject> objects) {
    boolean interrupted = Thread.interrupted();
    try {
      long backoff = options.deleteBackoff().toMillis();
      List<StoredObject> left = List.copyOf(objects);
      Map<StoredObject, String> why = new LinkedHashMap<>();
      for (int attempt = 1; attempt <= options.deleteAttempts() && !left.isEmpty(); attempt++) {
        try {
          why = once(left);
          if (attempt > 1) {
            LOG.info("Deleted {} of {} uploads on attempt {}", left.size() - why.size(), left.size(), attempt);
          }
          left = List.copyOf(why.keySet());
        } catch (StoreException e) {
          why = new LinkedHashMap<>();
          for (StoredObject o : left) {
            why.put(o, e.getMessage());
          }
          LOG.warn("Deleting {} uploads failed (attempt {} of {}): {}", left.size(), attempt, options.deleteAttempts(),
              e.getMessage());
        } catch (InterruptedException e) {
          interrupted = true;
        }
        if (!left.isEmpty() && attempt < options.deleteAttempts()) {
          try {
            Thread.sleep(backoff);
          } catch (InterruptedException e) {
            interrupted = true;
          }
          backoff *= 2;
        }
      }
      Map<StoredObject, String> problems = new LinkedHashMap<>();
      for (StoredObject object : left) {
        String reason = why.getOrDefault(object, "the delete was interrupted");
        LOG.error("The uploaded image {}/{} could not be deleted after {} attempts: {}", object.bucket(), object.name(),
            options.deleteAttempts(), reason);
        problems.put(object, "The uploaded image " + object.name() + " could not be deleted from bucket '" + object.bucket()
            + "' after " + options.deleteAttempts() + " attempts: " + reason
            + " Delete it by hand or let the bucket's expiry rule remove it.");
      }
      return problems;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Map<StoredObject, String> once(List<StoredObject> objects) throws StoreException, InterruptedException {
    if (objects.size() > 1) {
      return store.deleteAll(objects);
    }
    store.delete(objects.get(0));
    return Map.of();
  }
}

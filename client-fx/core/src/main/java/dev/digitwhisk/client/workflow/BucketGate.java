package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.upload.StoreException;

/** Makes sure the bucket exists before the first upload, once; a failure is retried on the next image. */
final class BucketGate {
  private final ObjectStore store;
  private volatile boolean ready;

  BucketGate(ObjectStore store) {
    this.store = store;
  }

  void ensure() throws StoreException, InterruptedException {
    if (ready) {
      return;
    }
    synchronized (this) {
      if (!ready) {
        store.ensureBucket();
        ready = true;
      }
    }
  }
}

package dev.digitwhisk.client.backend;

import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.StoreSettings;

/**
 * A running local stack (an object store and the action, on loopback) that {@link Backend#sandbox()}
 * connects to like any servers. The client knows it only through this interface and the settings it
 * gives, so the command line and the window carry the stack's server code only when it is installed
 * ({@link LocalStackProvider}).
 */
public interface LocalStack extends AutoCloseable {
  /** Where the store listens, its keys and the bucket to use. */
  StoreSettings storeSettings();

  /** How to call the action (directly: {@code /init}, then {@code /run}). */
  InvokeSettings invokeSettings();

  /** Blocks until the action can classify; false when it never will (its model did not load). */
  boolean awaitReady() throws InterruptedException;

  /** Stops the stack; what it stored is gone. */
  @Override
  void close();
}

package dev.digitwhisk.client.invoke;

import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import java.time.Duration;

/**
 * Runs the action once on an image URL. Four ways exist (see {@link ActionInvokers}): the OpenWhisk
 * REST API, a web-action URL, an API-gateway URL and a direct action URL. Implementations are
 * thread-safe; an interrupt aborts the request in flight.
 */
public interface ActionInvoker extends AutoCloseable {

  /**
   * Invokes the action with {@code {"url": imageUrl}}, asking for a digit.
   *
   * @param imageUrl a presigned GET URL the action can fetch
   * @param timeout how long the whole invocation may take, retries and polling included
   * @throws ActionFailedException the action ran and answered {@code res:-1} with an error
   * @throws InvokeException anything else: unreachable, refused, throttled, timed out
   * @throws InterruptedException the calling thread was interrupted (cancelled)
   */
  default Invocation invoke(URI imageUrl, Duration timeout) throws InvokeException, InterruptedException {
    return invoke(imageUrl, ReadMode.DIGIT, timeout);
  }

  /**
   * Invokes the action with {@code {"url": imageUrl}} and, for a number, {@code "read": "number"}.
   * Whether the answer holds a number is the caller's to check: an action older than number reading
   * answers a digit.
   *
   * @see #invoke(URI, Duration)
   */
  Invocation invoke(URI imageUrl, ReadMode read, Duration timeout) throws InvokeException, InterruptedException;

  /** A short description without secrets, e.g. "OpenWhisk REST at https://host:443, action /_/mnist". */
  String describe();

  /** The endpoint this invoker calls, for "is it reachable" checks. */
  URI endpoint();

  @Override
  default void close() {}
}

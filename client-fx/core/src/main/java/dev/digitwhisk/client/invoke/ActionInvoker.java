package dev.digitwhisk.client.invoke;

import dev.digitwhisk.protocol.ActionRequest;
import dev.digitwhisk.protocol.ReadMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the action. Four ways exist (see {@link ActionInvokers}): the OpenWhisk REST API, a
 * web-action URL, an API-gateway URL and a direct action URL; each has one transport,
 * {@link #call}, which one image ({@link #invoke}) and a list of images ({@link #invokeAll}) share.
 * Implementations are thread-safe; an interrupt aborts the request in flight.
 */
public interface ActionInvoker extends AutoCloseable {

  /**
   * Runs one activation with {@code parameters} and brings back its answer, unread.
   *
   * @param timeout how long the whole call may take, retries and polling included (time paused by
   *     a {@link ThrottlePacer} is added)
   * @param pacing how 429 answers are waited out
   * @throws ActionFailedException the action ran and failed as a whole (an HTTP error carrying its failure)
   * @throws InvokeException anything else: unreachable, refused, throttled, timed out
   * @throws InterruptedException the calling thread was interrupted (cancelled)
   */
  ActionReply call(ObjectNode parameters, Duration timeout, Pacing pacing) throws InvokeException, InterruptedException;

  /**
   * Invokes the action with {@code {"url": imageUrl}}.
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

  /** {@link #invoke(URI, ReadMode, Duration, Pacing)} on its own, 429s retried a few times. */
  default Invocation invoke(URI imageUrl, ReadMode read, Duration timeout) throws InvokeException, InterruptedException {
    return invoke(imageUrl, read, timeout, Pacing.bounded());
  }

  /**
   * Invokes the action with {@code {"url": imageUrl}} and, for a number, {@code "read": "number"},
   * with 429s waited out as {@code pacing} says (a batch's shared pacer). Whether the answer holds a
   * number is the caller's to check: an action older than number reading answers a digit.
   */
  default Invocation invoke(URI imageUrl, ReadMode read, Duration timeout, Pacing pacing)
      throws InvokeException, InterruptedException {
    return ActionAnswers.single(call(ActionRequest.url(imageUrl.toString(), read), timeout, pacing));
  }

  /**
   * Invokes the action once with {@code {"urls": [...]}} (1 to {@code Limits.MAX_URLS} links) and
   * reads one answer per link, in order.
   *
   * @param pacing how 429s are waited out: a batch's {@link ThrottlePacer}, shared by its workers
   * @throws InvokeException the activation as a whole failed (then every image failed with it),
   *     or the action answered no list (an action older than lists)
   */
  default BatchInvocation invokeAll(List<URI> imageUrls, Duration timeout, Pacing pacing)
      throws InvokeException, InterruptedException {
    ObjectNode parameters = ActionRequest.urls(imageUrls.stream().map(URI::toString).toList());
    return ActionAnswers.batch(call(parameters, timeout, pacing), imageUrls.size());
  }

  /** A short description without secrets, e.g. "OpenWhisk REST at https://host:443, action /_/mnist". */
  String describe();

  /** The endpoint this invoker calls, for "is it reachable" checks. */
  URI endpoint();

  @Override
  default void close() {}
}

package dev.digitwhisk.client.invoke;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an invocation until it is neither throttled (429, paced by {@link Pacing}) nor unavailable
 * (503, {@link Backoff}'s few attempts within the deadline). Answers the first other response, or
 * the last 429/503 when the retries are spent; the caller turns that into its error.
 */
final class PacedSend {
  private static final Logger LOG = LoggerFactory.getLogger(PacedSend.class);

  private PacedSend() {}

  /** @param request the request for the time left (a REST call asks the controller to wait a little less) */
  static HttpResponse<String> send(HttpClient client, Function<Duration, HttpRequest> request, Deadline deadline,
      Pacing pacing, String what) throws InvokeException, InterruptedException {
    int unavailable = 0;
    for (int attempt = 1; ; attempt++) {
      deadline.extend(pacing.awaitTurn());
      HttpResponse<String> response = HttpCalls.send(client, request.apply(deadline.left()), deadline.nanos(), what);
      int status = response.statusCode();
      if (status == 429) {
        if (pacing.retryAfterThrottle(attempt, response, deadline)) {
          continue;
        }
        return response;
      }
      pacing.passed();
      if (status == 503) {
        unavailable++;
        long wait = Backoff.delayMillis(unavailable, response);
        LOG.debug("{} answered 503 (attempt {}), retrying in {} ms", what, unavailable, wait);
        if (unavailable < Backoff.MAX_ATTEMPTS && Backoff.sleepBefore(deadline.nanos(), wait)) {
          continue;
        }
      }
      return response;
    }
  }
}

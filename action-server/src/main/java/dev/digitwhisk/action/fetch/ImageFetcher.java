package dev.digitwhisk.action.fetch;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.action.startup.DeferredTlsContext;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.ImageFormat;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches an image from an http(s) URL (in practice a presigned object-store URL) within a time
 * budget and a byte cap. Redirects are followed by hand so every hop is checked like the first; the
 * answer's first bytes must be an image format's magic bytes, whatever Content-Type claims.
 * Thread-safe; one instance shares one connection pool.
 */
public final class ImageFetcher implements AutoCloseable {
  private static final long ERROR_BODY_CAP = 4096;

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final CompletableFuture<HttpClient> client = new CompletableFuture<>();

  public ImageFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.guard = new AddressGuard(policy.blockLinkLocal());
    // Building an HttpClient costs tens of ms: do it beside the server's start-up instead of in
    // front of it. The TLS stack waits for the first https fetch.
    Thread builder = new Thread(() -> {
      try {
        HttpClient.Builder http = DeferredTlsContext.httpClient()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(policy.connectTimeout());
        if (policy.proxy() != null) {
          http.proxy(policy.proxy());
        }
        client.complete(http.build());
      } catch (RuntimeException | Error e) {
        client.completeExceptionally(e);
      }
    }, "http-client-init");
    builder.setDaemon(true);
    builder.start();
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches {@code uri}, giving up after {@code budget} (and never later than the policy's maximum). */
  public FetchedImage fetch(URI uri, Duration budget) throws ActionException, InterruptedException {
    long started = System.nanoTime();
    long deadline = started + Math.min(budget.toNanos(), policy.maxDuration().toNanos());
    URI current = uri;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      guard.check(current);
      HttpResponse<byte[]> response = send(current, deadline);
      int status = response.statusCode();
      if (isRedirect(status)) {
        current = redirectTarget(current, response);
        continue;
      }
      if (status == 200 || status == 203) {
        byte[] body = response.body();
        requireImage(current, body);
        return new FetchedImage(body, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), hop);
      }
      throw UpstreamErrors.forStatus(current, status, response.body());
    }
    throw new FetchException(ErrorKind.UPSTREAM, "The URL " + UrlRedactor.redact(uri) + " redirected more than "
        + policy.maxRedirects() + " times; the image was not fetched.");
  }

  private HttpResponse<byte[]> send(URI uri, long deadline) throws FetchException, InterruptedException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timedOut(uri, null);
    }
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .GET()
          .timeout(Duration.ofNanos(remaining))
          .header("Accept", "image/png, image/jpeg, image/gif, image/bmp, image/*;q=0.8")
          .header("User-Agent", "digitwhisk-action")
          .build();
    } catch (IllegalArgumentException e) {
      throw new FetchException(ErrorKind.BAD_REQUEST, "The URL " + UrlRedactor.redact(uri) + " cannot be fetched: " + e.getMessage(), e);
    }
    CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, this::subscriberFor);
    try {
      return future.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(uri, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    }
  }

  private HttpResponse.BodySubscriber<byte[]> subscriberFor(HttpResponse.ResponseInfo info) {
    int status = info.statusCode();
    if (isRedirect(status)) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (status / 100 == 2) {
      if (declared > policy.maxBytes()) {
        // Refuse early on an honest Content-Length; a lying one is caught while streaming.
        return new CappedBodySubscriber(0, 0);
      }
      return new CappedBodySubscriber(policy.maxBytes(), declared);
    }
    return new ErrorBodySubscriber(ERROR_BODY_CAP);
  }

  private FetchException failure(URI uri, Throwable cause) {
    String where = UrlRedactor.redact(uri);
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof CappedBodySubscriber.TooLargeException) {
        return new FetchException(ErrorKind.TOO_LARGE, "The image at " + where + " is larger than "
            + mib(policy.maxBytes()) + ", the most this action fetches.", t);
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException(ErrorKind.TIMEOUT, "Connecting to " + where + " timed out.", t);
      }
      if (t instanceof HttpTimeoutException) {
        return timedOut(uri, t);
      }
      if (t instanceof ConnectException) {
        return new FetchException(ErrorKind.UPSTREAM, "Nothing answers at " + where + " (connection refused).", t);
      }
      if (t instanceof UnresolvedAddressException) {
        return new FetchException(ErrorKind.UPSTREAM, "The host in " + where + " cannot be found (DNS).", t);
      }
      if (t instanceof SSLException) {
        return new FetchException(ErrorKind.UPSTREAM, "The TLS connection to " + where + " failed: " + t.getMessage(), t);
      }
    }
    String detail = cause instanceof IOException && cause.getMessage() != null ? ": " + cause.getMessage() : "";
    return new FetchException(ErrorKind.UPSTREAM, "Fetching " + where + " failed" + detail + ".", cause);
  }

  private FetchException timedOut(URI uri, Throwable cause) {
    return new FetchException(ErrorKind.TIMEOUT, "Fetching " + UrlRedactor.redact(uri)
        + " took too long; the store did not deliver the image in time.", cause);
  }

  private URI redirectTarget(URI from, HttpResponse<?> response) throws FetchException {
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty() || location.get().isBlank()) {
      throw new FetchException(ErrorKind.UPSTREAM, "The URL " + UrlRedactor.redact(from) + " redirected without saying where to.");
    }
    try {
      return from.resolve(location.get().strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(ErrorKind.UPSTREAM, "The URL " + UrlRedactor.redact(from) + " redirected to an invalid URL.", e);
    }
  }

  private static void requireImage(URI uri, byte[] body) throws FetchException {
    if (body.length == 0) {
      throw new FetchException(ErrorKind.NOT_AN_IMAGE, "The object at " + UrlRedactor.redact(uri) + " is empty: there is no image in it.");
    }
    if (ImageFormat.sniff(body).isEmpty()) {
      throw new FetchException(ErrorKind.NOT_AN_IMAGE, "The object at " + UrlRedactor.redact(uri)
          + " is not an image: only PNG, JPEG, GIF and BMP are accepted.");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  static String mib(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
  }

  private HttpClient client() throws FetchException {
    try {
      return client.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new FetchException(ErrorKind.INTERNAL, "The HTTP client could not be set up: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    client.thenAccept(HttpClient::shutdownNow);
  }
}

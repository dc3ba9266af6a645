package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends one request with a hard deadline. {@code HttpClient.send} does not abort the exchange on
 * interrupt on every JDK 21 build, so the call goes through {@code sendAsync} and an interrupt or
 * the deadline cancels the future, which aborts the exchange.
 */
final class HttpCalls {
  private HttpCalls() {}

  static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest request, long deadlineNanos, String what)
      throws InvokeException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        throw timeout(what, request.uri());
      }
      CompletableFuture<HttpResponse<String>> call = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
      try {
        return call.get(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        call.cancel(true);
        throw e;
      } catch (TimeoutException e) {
        call.cancel(true);
        throw timeout(what, request.uri());
      } catch (ExecutionException e) {
        // A kept-alive connection the server closed while idle fails before any answer; classifying
        // twice is harmless, so that one case is retried once on a fresh connection.
        if (attempt == 1 && staleConnection(e.getCause())) {
          continue;
        }
        throw unreachable(what, request.uri(), e.getCause());
      }
    }
  }

  private static boolean staleConnection(Throwable t) {
    return t instanceof IOException && !(t instanceof ConnectException) && !(t instanceof HttpTimeoutException)
        && !(t.getCause() instanceof ConnectException) && !(t instanceof UnknownHostException);
  }

  static InvokeException timeout(String what, URI uri) {
    return new InvokeException(FailureKind.TIMEOUT, 0, what + " at " + Redaction.url(uri) + " did not answer in time.",
        "Try again; a cold start can take a few seconds. If it keeps happening, raise the timeout or check the server.", null);
  }

  static InvokeException unreachable(String what, URI uri, Throwable cause) {
    String where = Redaction.url(uri);
    Throwable root = cause;
    while (root != null && root.getCause() != null && !(root instanceof ConnectException)
        && !(root instanceof UnknownHostException) && !(root instanceof SSLException)) {
      root = root.getCause();
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new InvokeException(FailureKind.ACTION_UNREACHABLE, 0, "Connecting to " + what + " at " + where + " timed out.",
          "Check the host and port, and that a firewall lets you through.", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return timeout(what, uri);
    }
    if (root instanceof UnknownHostException) {
      return new InvokeException(FailureKind.ACTION_UNREACHABLE, 0, "The host of " + where + " cannot be found.",
          "Check the spelling of the host name in the settings.", cause);
    }
    if (root instanceof SSLException) {
      return new InvokeException(FailureKind.ACTION_UNREACHABLE, 0, "The TLS connection to " + where + " failed: "
          + root.getMessage(), "Check http vs https and the server's certificate.", cause);
    }
    if (root instanceof ConnectException) {
      return new InvokeException(FailureKind.ACTION_UNREACHABLE, 0, "Nothing answers at " + where + " (connection refused).",
          "Start the server, or check the host and port in the settings.", cause);
    }
    String detail = cause == null ? "" : ": " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + Redaction.url(cause.getMessage()));
    return new InvokeException(FailureKind.ACTION_UNREACHABLE, 0, "The request to " + where + " failed" + detail + ".",
        "Check that the server is running and reachable.", cause instanceof IOException ? cause : cause);
  }
}

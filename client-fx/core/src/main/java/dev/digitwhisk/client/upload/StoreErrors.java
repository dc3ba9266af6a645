package dev.digitwhisk.client.upload;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import io.minio.errors.ErrorResponseException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** Translates MinIO SDK failures into {@link StoreException}s that say what to fix. */
final class StoreErrors {
  private StoreErrors() {}

  static StoreException of(String doing, URI endpoint, String bucket, Throwable t) {
    Throwable e = unwrap(t);
    String where = Redaction.url(endpoint);
    if (e instanceof ErrorResponseException r) {
      String code = r.errorResponse() == null ? "" : r.errorResponse().code();
      return switch (code) {
        case "InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "InvalidToken", "ExpiredToken" ->
            new StoreException(FailureKind.STORE_AUTH, "The store at " + where + " refused " + doing + " (" + code + ").",
                "Check the access key and secret key" + (code.equals("AccessDenied") ? ", and that they may use bucket '" + bucket + "'" : "")
                    + ".", e);
        case "NoSuchBucket" -> new StoreException(FailureKind.STORE_ERROR, "The bucket '" + bucket + "' does not exist at " + where + ".",
            "Create it, or let DigitWhisk create it (the keys need s3:CreateBucket).", e);
        default -> new StoreException(FailureKind.STORE_ERROR, "The store at " + where + " refused " + doing + ": "
            + (code.isEmpty() ? "HTTP " + r.response().code() : code) + ".", "Check the store's logs and the bucket's policy.", e);
      };
    }
    if (e instanceof IllegalArgumentException) {
      return new StoreException(FailureKind.CONFIGURATION, "The store settings are not valid: " + e.getMessage() + ".",
          "Bucket names are 3 to 63 lowercase letters, digits, dots and hyphens; check the bucket and endpoint.", e, true);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof ConnectException || root instanceof UnknownHostException || root instanceof SSLException) {
        break;
      }
      root = root.getCause();
    }
    if (root instanceof UnknownHostException) {
      return new StoreException(FailureKind.STORE_UNREACHABLE, "The store's host in " + where + " cannot be found.",
          "Check the spelling of the store endpoint.", e, true);
    }
    if (root instanceof SSLException) {
      return new StoreException(FailureKind.STORE_UNREACHABLE, "The TLS connection to the store at " + where + " failed.",
          "Check http vs https (store.tls) and the store's certificate.", e, true);
    }
    if (root instanceof ConnectException) {
      return new StoreException(FailureKind.STORE_UNREACHABLE, "Nothing answers at " + where + " (connection refused) while "
          + doing + ".", "Start the store (MinIO), or check its host and port.", e, true);
    }
    if (root instanceof SocketTimeoutException) {
      return new StoreException(FailureKind.STORE_UNREACHABLE, "The store at " + where + " did not answer in time while "
          + doing + ".", "Check that the store is healthy and reachable.", e);
    }
    if (e instanceof java.io.IOException) {
      return new StoreException(FailureKind.STORE_UNREACHABLE, "The connection to the store at " + where + " failed while "
          + doing + ": " + e.getMessage() + ".", "Check that the store is running and reachable.", e);
    }
    return new StoreException(FailureKind.STORE_ERROR, "The store at " + where + " failed while " + doing + ": " + e + ".",
        "Check the store's logs.", e);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}

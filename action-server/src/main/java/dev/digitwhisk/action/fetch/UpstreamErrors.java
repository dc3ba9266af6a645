package dev.digitwhisk.action.fetch;

import dev.digitwhisk.protocol.ErrorKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns an object store's refusal into a code and a sentence. S3 and MinIO answer an expired
 * presigned URL with 403 and "Request has expired" in the XML body, a wrong signature with 403
 * "SignatureDoesNotMatch", a missing object with 404 "NoSuchKey".
 */
final class UpstreamErrors {
  private UpstreamErrors() {}

  static FetchException forStatus(URI uri, int status, byte[] body) {
    String where = UrlRedactor.redact(uri);
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return switch (status) {
      case 404, 410 -> new FetchException(ErrorKind.NOT_FOUND, "There is no object at " + where
          + " (HTTP " + status + "): it was deleted, or never uploaded.");
      case 401, 403 -> {
        if (text.contains("expired")) {
          yield new FetchException(ErrorKind.FORBIDDEN, "The presigned URL for " + where
              + " has expired; make a new one and invoke again.");
        }
        if (text.contains("signaturedoesnotmatch")) {
          yield new FetchException(ErrorKind.FORBIDDEN, "The store refused " + where
              + ": the presigned URL's signature does not match (was the URL changed or cut?).");
        }
        yield new FetchException(ErrorKind.FORBIDDEN, "The store refused access to " + where + " (HTTP " + status
            + "): the URL is not presigned, or its key has no read permission.");
      }
      case 400 -> new FetchException(ErrorKind.BAD_REQUEST, "The store rejected the request for " + where
          + " as malformed (HTTP 400); check the presigned URL.");
      case 408, 504 -> new FetchException(ErrorKind.TIMEOUT, "The store timed out serving " + where + " (HTTP " + status + ").");
      default -> new FetchException(ErrorKind.UPSTREAM, "The store answered HTTP " + status + " for " + where
          + " instead of the image.");
    };
  }
}

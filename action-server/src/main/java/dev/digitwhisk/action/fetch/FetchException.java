package dev.digitwhisk.action.fetch;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.protocol.ErrorKind;

/**
 * Fetching the image failed; the code says whose side the problem is on (403/404 the object store
 * refused or has no such object, 413 too large, 415 not an image, 502 the store failed, 504 too slow)
 * and the message names the URL only in its redacted form, never with the presigned query.
 */
final class FetchException extends ActionException {
  private static final long serialVersionUID = 1L;

  FetchException(ErrorKind kind, String message) {
    super(kind, message);
  }

  FetchException(ErrorKind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }
}

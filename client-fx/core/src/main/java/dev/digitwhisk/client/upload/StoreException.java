package dev.digitwhisk.client.upload;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;

/** The object store could not be reached, refused the keys, or answered an error. */
public final class StoreException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final boolean neverSent;

  public StoreException(FailureKind kind, String message, String whatToDo, Throwable cause) {
    this(kind, message, whatToDo, cause, false);
  }

  public StoreException(FailureKind kind, String message, String whatToDo, Throwable cause, boolean neverSent) {
    super(kind, message, whatToDo, cause);
    this.neverSent = neverSent;
  }

  /** True when no connection could be made (refused, unknown host, TLS): the request cannot have had an effect. */
  public boolean neverSent() {
    return neverSent;
  }
}

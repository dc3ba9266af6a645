package dev.digitwhisk.client;

/**
 * What went wrong, in categories a person can act on. Every {@link ClientException} and every
 * failed classification carries one, so the window and the command line can choose words, icons
 * and exit codes without parsing messages.
 */
public enum FailureKind {
  /** The bytes are not a PNG, JPEG, GIF or BMP image (found before anything is uploaded). */
  NOT_AN_IMAGE(false),
  /** The action looked at the image and refused it (too large, corrupt, unsupported: HTTP 4xx from the action). */
  IMAGE_REJECTED(false),
  /** The image is blank: the action found no digit in it (422). */
  NO_DIGIT(false),
  /** The object store cannot be reached (connection refused, DNS, TLS). */
  STORE_UNREACHABLE(true),
  /** The object store refused the access key or secret key, or the bucket is not ours. */
  STORE_AUTH(true),
  /** The object store answered with an error. */
  STORE_ERROR(true),
  /**
   * The action ran but could not fetch the uploaded image: the store refused or expired its presigned
   * URL, had no object there, or could not be reached, or answered too slowly, from where the action
   * runs (the action's 403, 404, 502 and 504).
   */
  IMAGE_NOT_FETCHED(true),
  /** OpenWhisk or the action URL cannot be reached. */
  ACTION_UNREACHABLE(true),
  /** OpenWhisk refused the credentials (401) or access (403). */
  ACTION_AUTH(true),
  /** OpenWhisk does not know the action or namespace (404). */
  ACTION_NOT_FOUND(true),
  /** OpenWhisk throttled the request (429) and retrying did not help in time. */
  THROTTLED(false),
  /** The action failed on its side (5xx, a developer error, a bad answer). */
  ACTION_ERROR(false),
  /** No answer before the deadline. */
  TIMEOUT(false),
  /** Cancelled by the user (interrupt, {@code Future.cancel(true)}). */
  CANCELLED(false),
  /** The settings are incomplete or contradictory. */
  CONFIGURATION(true),
  /** A bug or an unexpected condition on the client's side. */
  INTERNAL(false);

  private final boolean connection;

  FailureKind(boolean connection) {
    this.connection = connection;
  }

  /** True when the problem is reaching or authenticating with a server (the CLI's exit code 3). */
  public boolean isConnectionProblem() {
    return connection;
  }
}

package dev.digitwhisk.protocol;

import java.util.Optional;

/**
 * Why the action refused or failed one image, with the code its answer carries in {@code code}
 * (HTTP's numbers, so a web action's caller sees them as statuses). The action throws these; the
 * client chooses its advice by them.
 */
public enum ErrorKind {
  /** The parameters are wrong: missing, mistyped, a URL that is not http(s). */
  BAD_REQUEST(400),
  /** The store refused the URL (expired or wrong presigned URL), or the address is not allowed. */
  FORBIDDEN(403),
  /** There is no object at the URL. */
  NOT_FOUND(404),
  /** The file or the picture is larger than {@link Limits} allow. */
  TOO_LARGE(413),
  /** Not a PNG, JPEG, GIF or BMP image, or a damaged one. */
  NOT_AN_IMAGE(415),
  /** The image holds no digit (blank, or nothing that looks like ink). */
  NO_DIGIT(422),
  /** The action broke on its side. */
  INTERNAL(500),
  /** The store failed, cannot be reached, or redirected badly. */
  UPSTREAM(502),
  /** The store or the activation's deadline ran out of time. */
  TIMEOUT(504);

  private final int code;

  ErrorKind(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The kind an answer's code names; empty for codes outside the contract (an older or foreign action). */
  public static Optional<ErrorKind> of(int code) {
    for (ErrorKind kind : values()) {
      if (kind.code == code) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

package dev.digitwhisk.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * Why the action refused or failed one image, with the code its answer carries in {@code code}
 * (HTTP's numbers, so a web action's caller sees them as statuses). The action throws these; the
 * client chooses its advice by them.
 */
public enum ErrorKind {
  /** The parameters are wrong: missing, mistyped, a URL that is not http(s). */
  BAD_REQUEST(400, Advice.IMAGE),
  /** The store refused the URL (expired or wrong presigned URL), or the address is not allowed. */
  FORBIDDEN(403, Advice.FETCH),
  /** There is no object at the URL. */
  NOT_FOUND(404, Advice.FETCH),
  /** The file or the picture is larger than {@link Limits} allow. */
  TOO_LARGE(413, "Use a smaller image (at most " + Limits.imageLimits() + ")."),
  /** Not a PNG, JPEG, GIF or BMP image, or a damaged one. */
  NOT_AN_IMAGE(415, Advice.IMAGE),
  /** The image holds no digit (blank, or nothing that looks like ink). */
  NO_DIGIT(422, "Draw or choose an image with one clearly visible digit."),
  /** The action broke on its side. */
  INTERNAL(500, "Try again; if it keeps failing, look at the action's logs (wsk activation logs)."),
  /** The store failed, cannot be reached, or redirected badly. */
  UPSTREAM(502, Advice.FETCH),
  /** The store or the activation's deadline ran out of time. */
  TIMEOUT(504, Advice.FETCH);

  private final int code;
  private final String advice;

  ErrorKind(int code, String advice) {
    this.code = code;
    this.advice = advice;
  }

  public int code() {
    return code;
  }

  /** What the person can do about this failure. */
  public String advice() {
    return advice;
  }

  /** The kind as the answer's JSON names it, e.g. {@code no_digit}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
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

  /** Advice shared by several kinds (an enum constant cannot refer to the enum's own static fields). */
  private static final class Advice {
    static final String IMAGE = "Use a PNG, JPEG, GIF or BMP image that opens in an image viewer.";
    static final String FETCH = "The action could not fetch the image from the store: make sure the store's endpoint "
        + "is reachable from where the action runs (not 'localhost' when the action runs in a container) and that "
        + "the clocks of the client and the store agree (presigned URLs expire).";
  }
}

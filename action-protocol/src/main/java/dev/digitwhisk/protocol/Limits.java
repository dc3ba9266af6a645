package dev.digitwhisk.protocol;

import java.time.Duration;

/**
 * Every limit the action enforces and the client states or checks beforehand, in one place so the
 * two cannot drift apart.
 */
public final class Limits {
  /** Largest image file the action reads, downloaded or inline; the client refuses larger ones before uploading. */
  public static final int MAX_IMAGE_BYTES = 10 << 20;
  /** Largest width or height of an image. */
  public static final int MAX_IMAGE_SIDE = 10_000;
  /** Largest image in pixels (a decompression bomb announces far more). */
  public static final long MAX_IMAGE_PIXELS = 40_000_000L;
  /** Most links one activation classifies; more would not fit one activation's time and memory. */
  public static final int MAX_URLS = 16;
  /** Longest image URL, in characters (a presigned URL is a few hundred). */
  public static final int MAX_URL_LENGTH = 8192;
  /** OpenWhisk's limit on an activation's parameters (1 MB), which bounds an inline image. */
  public static final int PARAMETER_BYTES = 1 << 20;
  /** Largest {@code /init} or {@code /run} body the action reads: the parameters plus room for the envelope. */
  public static final int MAX_BODY_BYTES = PARAMETER_BYTES + (256 << 10);
  /** Longest the action spends on one activation's images when the invoker gives no sooner deadline. */
  public static final Duration ACTIVATION_BUDGET = Duration.ofSeconds(30);
  /** Longest the action waits to connect to the store. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Most digits read from one picture of a number; past it the picture is refused, not truncated. */
  public static final int MAX_DIGITS = 32;
  /**
   * Most separate marks (pieces of ink of a digit's weight) a picture of a number may hold: a digit
   * drawn in up to four strokes. More is scribble or specks, refused before any work that grows with their count.
   */
  public static final int MAX_NUMBER_MARKS = 4 * MAX_DIGITS;
  /**
   * How many times longer than its other side a picture of a number may be. The ink is read at a
   * bounded working size, so a longer strip would shrink its digits below what can be read; 32 digits
   * written in a row, with room around them, fit well within it.
   */
  public static final int MAX_NUMBER_ASPECT = 40;
  /** Redirects the action follows for one image URL. */
  public static final int MAX_REDIRECTS = 3;

  private Limits() {}

  /** The image size limits as people read them, e.g. "10 MiB and 10,000 pixels a side". */
  public static String imageLimits() {
    return "%d MiB and %,d pixels a side".formatted(MAX_IMAGE_BYTES >> 20, MAX_IMAGE_SIDE);
  }
}

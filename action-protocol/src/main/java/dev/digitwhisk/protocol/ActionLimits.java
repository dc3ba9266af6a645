package dev.digitwhisk.protocol;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action limits a default OpenWhisk controller accepts (its {@code whisk.time-limit} and
 * {@code whisk.memory} settings: 100 ms to 5 min, 128 to 512 MB), and how the command line writes them.
 * A time limit always carries its unit ({@code 60s} or {@code 60000ms}), because a bare number was
 * once read as milliseconds where seconds were meant and the controller refused the action. A memory
 * limit is in MB ({@code 256}, {@code 256MB} or {@code 256m}). Values out of range are refused here,
 * before any request, naming the range; the controller would answer 400 for them.
 */
public final class ActionLimits {
  public static final Duration MIN_TIMEOUT = Duration.ofMillis(100);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);
  public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
  public static final int MIN_MEMORY_MB = 128;
  public static final int DEFAULT_MEMORY_MB = 256;
  public static final int MAX_MEMORY_MB = 512;

  private static final Pattern TIMEOUT = Pattern.compile("(\\d+)(ms|s)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEMORY = Pattern.compile("(\\d+)(mb|m)?", Pattern.CASE_INSENSITIVE);
  private static final String TIMEOUT_RANGE = "OpenWhisk accepts 100ms to 300s";
  private static final String MEMORY_RANGE = "OpenWhisk accepts 128MB to 512MB";

  private ActionLimits() {}

  /** {@code 60s} or {@code 60000ms}, within range; anything else, a bare number included, is refused. */
  public static Duration parseTimeout(String text) {
    String value = text.strip();
    Matcher m = TIMEOUT.matcher(value);
    if (!m.matches()) {
      if (value.matches("\\d+")) {
        throw new IllegalArgumentException("The time limit '" + value + "' has no unit: write " + value
            + "s for seconds or " + value + "ms for milliseconds; " + TIMEOUT_RANGE + ".");
      }
      throw new IllegalArgumentException("The time limit '" + value
          + "' is not a whole number of seconds or milliseconds: write it like 60s or 60000ms.");
    }
    long amount = wholeNumber(m.group(1), "time limit", value, TIMEOUT_RANGE);
    boolean seconds = m.group(2).toLowerCase(Locale.ROOT).equals("s");
    return checkTimeout(seconds ? Duration.ofSeconds(amount) : Duration.ofMillis(amount));
  }

  /** {@code 256}, {@code 256MB} or {@code 256m} (case does not matter), within range. */
  public static int parseMemoryMb(String text) {
    String value = text.strip();
    Matcher m = MEMORY.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("The memory limit '" + value
          + "' is not a whole number of MB: write it like 256, 256MB or 256m; " + MEMORY_RANGE + ".");
    }
    return checkMemoryMb(wholeNumber(m.group(1), "memory limit", value, MEMORY_RANGE));
  }

  /** The time limit itself when the controller accepts it; else a message with the range. */
  public static Duration checkTimeout(Duration timeout) {
    if (timeout.compareTo(MIN_TIMEOUT) < 0) {
      throw new IllegalArgumentException(outOfRange("time limit", describe(timeout), "is below the minimum", "100ms", TIMEOUT_RANGE));
    }
    if (timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(outOfRange("time limit", describe(timeout), "exceeds the maximum", "300s", TIMEOUT_RANGE));
    }
    return timeout;
  }

  /** The memory limit itself when the controller accepts it; else a message with the range. */
  public static int checkMemoryMb(long memoryMb) {
    if (memoryMb < MIN_MEMORY_MB) {
      throw new IllegalArgumentException(outOfRange("memory limit", memoryMb + "MB", "is below the minimum", "128MB", MEMORY_RANGE));
    }
    if (memoryMb > MAX_MEMORY_MB) {
      throw new IllegalArgumentException(outOfRange("memory limit", memoryMb + "MB", "exceeds the maximum", "512MB", MEMORY_RANGE));
    }
    return (int) memoryMb;
  }

  private static long wholeNumber(String digits, String what, String value, String range) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      throw new IllegalArgumentException("The " + what + " '" + value + "' is far out of range: " + range + ".", tooLong);
    }
  }

  private static String outOfRange(String what, String value, String relation, String bound, String range) {
    return "The " + what + " " + value + " " + relation + " of " + bound + ": " + range + ".";
  }

  private static String describe(Duration timeout) {
    return timeout.getNano() == 0 && !timeout.isZero() ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
  }
}

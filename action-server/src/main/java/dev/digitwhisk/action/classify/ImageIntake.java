package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.ActionException;
import dev.digitwhisk.action.fetch.ImageFetcher;
import dev.digitwhisk.model.ImageDecoder;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.protocol.ErrorKind;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * An activation's picture, decoded: its bytes sent inline or fetched from its URL within what is
 * left of the deadline, then decoded; {@code clock} gets a lap after each of the two.
 */
final class ImageIntake {
  private ImageIntake() {}

  static BufferedImage decode(ImageRef ref, ImageFetcher fetcher, long deadline, Stopwatch clock)
      throws ActionException, ModelException, InterruptedException {
    byte[] bytes = bytes(ref, fetcher, deadline);
    clock.lap();
    BufferedImage image = ImageDecoder.decode(bytes);
    clock.lap();
    return image;
  }

  private static byte[] bytes(ImageRef ref, ImageFetcher fetcher, long deadline) throws ActionException, InterruptedException {
    return switch (ref) {
      case ImageRef.Inline inline -> inline.bytes();
      case ImageRef.Url url -> fetch(url, fetcher, deadline);
    };
  }

  private static byte[] fetch(ImageRef.Url url, ImageFetcher fetcher, long deadline)
      throws ActionException, InterruptedException {
    URI uri;
    try {
      uri = new URI(url.url());
    } catch (URISyntaxException e) {
      throw new ActionException(ErrorKind.BAD_REQUEST, "\"" + url.describe() + "\" is not a valid URL: " + e.getReason() + ".");
    }
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new ActionException(ErrorKind.TIMEOUT, "The activation's deadline passed before " + url.describe() + " could be fetched.");
    }
    return fetcher.fetch(uri, Duration.ofNanos(remaining)).bytes();
  }
}

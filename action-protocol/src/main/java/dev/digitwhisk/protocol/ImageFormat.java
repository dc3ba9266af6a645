package dev.digitwhisk.protocol;

import java.util.Optional;

/**
 * The image formats the action reads, recognised by their first bytes rather than a file name or
 * MIME type: the client checks a file with the same test before uploading it, and names the object
 * with its content type.
 */
public enum ImageFormat {
  PNG("png", "image/png", new int[] {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
  JPEG("jpeg", "image/jpeg", new int[] {0xff, 0xd8, 0xff}),
  GIF("gif", "image/gif", new int[] {'G', 'I', 'F', '8'}),
  BMP("bmp", "image/bmp", new int[] {'B', 'M'});

  private final String imageIoName;
  private final String mimeType;
  private final int[] magic;

  ImageFormat(String imageIoName, String mimeType, int[] magic) {
    this.imageIoName = imageIoName;
    this.mimeType = mimeType;
    this.magic = magic;
  }

  /** The format whose magic bytes {@code bytes} starts with, if any. */
  public static Optional<ImageFormat> sniff(byte[] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    for (ImageFormat format : values()) {
      if (format.matches(bytes)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  private boolean matches(byte[] bytes) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The format name ImageIO knows it by. */
  public String imageIoName() {
    return imageIoName;
  }

  public String mimeType() {
    return mimeType;
  }
}

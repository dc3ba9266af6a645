package dev.digitwhisk.action.classify;

/** One image an activation asks about: a link to fetch, or the bytes themselves. */
sealed interface ImageRef {
  /** How logs and messages may name it (a URL without its query string). */
  String describe();

  /** An http(s) URL as the caller wrote it; parsed and checked when it is fetched. */
  record Url(String url) implements ImageRef {
    @Override
    public String describe() {
      return dev.digitwhisk.action.fetch.UrlRedactor.redact(url);
    }
  }

  /** Bytes sent inline (base64 in {@code value.image}). */
  record Inline(byte[] bytes) implements ImageRef {
    @Override
    public String describe() {
      return "inline image (" + bytes.length + " bytes)";
    }
  }
}

package dev.digitwhisk.action.fetch;

/** The bytes behind an image URL, how long fetching took and how many redirects it followed. */
public record FetchedImage(byte[] bytes, long millis, int redirects) {}

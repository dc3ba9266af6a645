package dev.digitwhisk.client.upload;

import java.util.Objects;

/** An uploaded image: where it lies, its content type and size. */
public record StoredObject(String bucket, String name, String contentType, long size) {
  public StoredObject {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentType, "contentType");
  }
}

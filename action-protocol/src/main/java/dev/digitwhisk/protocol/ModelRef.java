package dev.digitwhisk.protocol;

import java.util.Objects;

/** Which model answered: its name and the sha256 of its file; both empty when the action did not say. */
public record ModelRef(String name, String sha256) {
  public static final ModelRef UNKNOWN = new ModelRef("", "");

  public ModelRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
  }

  boolean isKnown() {
    return !name.isEmpty() || !sha256.isEmpty();
  }
}

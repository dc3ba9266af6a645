package dev.digitwhisk.client.backend;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "Test connection" and {@code digitwhisk doctor}: one {@link Check} per piece, in
 * the order a request travels (store reachable, keys, bucket, OpenWhisk reachable, auth, action
 * exists, action answers).
 */
public record ConnectionCheck(String backend, List<Check> checks) {
  public ConnectionCheck {
    Objects.requireNonNull(backend, "backend");
    checks = List.copyOf(checks);
  }

  /** One piece's verdict. {@code whatToFix} is empty when there is nothing to fix. */
  public record Check(String name, Verdict verdict, String detail, String whatToFix) {
    public Check {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(verdict, "verdict");
      detail = detail == null ? "" : detail;
      whatToFix = whatToFix == null ? "" : whatToFix;
    }
  }

  public enum Verdict { PASS, WARN, FAIL, SKIPPED }

  /** True when nothing failed (warnings and skipped checks allowed). */
  public boolean ok() {
    return checks.stream().noneMatch(c -> c.verdict() == Verdict.FAIL);
  }

  /** The first failed check, if any. */
  public java.util.Optional<Check> firstFailure() {
    return checks.stream().filter(c -> c.verdict() == Verdict.FAIL).findFirst();
  }
}

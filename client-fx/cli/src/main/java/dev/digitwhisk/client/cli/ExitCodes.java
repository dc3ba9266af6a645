package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.workflow.Classification;
import java.util.List;

/** The exit codes the help text promises. */
final class ExitCodes {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 3;

  private ExitCodes() {}

  static int of(Throwable e) {
    if (e instanceof ClientException ce) {
      return ce.kind().isConnectionProblem() ? UNREACHABLE : SOME_FAILED;
    }
    if (e instanceof picocli.CommandLine.ParameterException || e instanceof IllegalArgumentException) {
      return USAGE;
    }
    return SOME_FAILED;
  }

  /** 0 when all succeeded; 3 when every failure is a connection problem; else 1. */
  static int of(List<Classification> results) {
    List<FailureKind> failures = results.stream()
        .flatMap(c -> c.failure().stream())
        .map(f -> f.kind())
        .toList();
    if (failures.isEmpty()) {
      return OK;
    }
    return failures.stream().allMatch(FailureKind::isConnectionProblem) ? UNREACHABLE : SOME_FAILED;
  }
}

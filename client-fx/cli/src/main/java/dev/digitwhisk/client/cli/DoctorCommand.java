package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.backend.ConnectionCheck;
import dev.digitwhisk.client.backend.ConnectionCheck.Check;
import dev.digitwhisk.client.backend.ConnectionCheck.Verdict;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code digitwhisk doctor}: checks each configured piece and says what to fix. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Check the store (reachable, keys, bucket) and the action (reachable, auth, exists, answers).")
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Backend backend = Backends.open(connection, spec.commandLine().getErr())) {
      ConnectionCheck report = backend.test();
      out.println("Checking " + report.backend());
      for (Check check : report.checks()) {
        out.printf("  %-4s %s — %s%n", symbol(check.verdict()), check.name(), check.detail());
        if (check.verdict() == Verdict.FAIL && check.whatToFix() != null && !check.whatToFix().isBlank()) {
          out.println("       fix: " + check.whatToFix());
        }
      }
      out.println(report.ok() ? "All good." : "Something needs fixing (see above).");
      out.flush();
      return report.ok() ? ExitCodes.OK : exitCode(report);
    }
  }

  private static int exitCode(ConnectionCheck report) {
    boolean unreachable = report.checks().stream()
        .anyMatch(c -> c.verdict() == Verdict.FAIL && c.name().toLowerCase(java.util.Locale.ROOT).contains("reachable"));
    return unreachable ? ExitCodes.UNREACHABLE : ExitCodes.SOME_FAILED;
  }

  private static String symbol(Verdict verdict) {
    return switch (verdict) {
      case PASS -> "ok";
      case WARN -> "warn";
      case FAIL -> "FAIL";
      case SKIPPED -> "-";
    };
  }
}

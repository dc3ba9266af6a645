package dev.digitwhisk.action.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long this process has been running, for start-up reports. {@link ProcessHandle.Info#startInstant()}
 * adds the kernel's boot time, which Linux gives in whole seconds: its answer was 310 ms late on the
 * build machine. Linux's own clock since boot has no such error: the process's start tick
 * ({@code /proc/self/stat}) against the time since boot ({@code /proc/uptime}), both 10 ms fine.
 */
final class ProcessClock {
  /** USER_HZ, the unit of /proc's tick counts: 100 on every Linux architecture Java runs on. */
  private static final double TICKS_PER_SECOND = 100;

  private ProcessClock() {}

  /** Milliseconds since this process started; empty where neither /proc nor the OS tell. */
  static OptionalLong millisSinceStart() {
    try {
      // The command name in field 2 may hold spaces: the fields after it start at its closing ")".
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      double startSeconds = Long.parseLong(afterName[19]) / TICKS_PER_SECOND;
      double upSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
      return OptionalLong.of(Math.round((upSeconds - startSeconds) * 1000));
    } catch (IOException | RuntimeException notLinux) {
      return ProcessHandle.current().info().startInstant()
          .map(start -> OptionalLong.of(Duration.between(start, Instant.now()).toMillis()))
          .orElse(OptionalLong.empty());
    }
  }
}

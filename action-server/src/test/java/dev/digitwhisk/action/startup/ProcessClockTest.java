package dev.digitwhisk.action.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessClockTest {
  @Test
  void processStartedJustBeforeTheJvm() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux's /proc");
    long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();

    long sinceStart = ProcessClock.millisSinceStart().orElseThrow();

    // The process is created before the JVM inside it records its own start; both readings are
    // taken together, so they differ by the launcher's work plus /proc's 10 ms ticks, far below the
    // whole-second boot-time error of ProcessHandle's start instant this clock avoids.
    assertThat(sinceStart).isBetween(jvmUptime - 50, jvmUptime + 250);
  }
}

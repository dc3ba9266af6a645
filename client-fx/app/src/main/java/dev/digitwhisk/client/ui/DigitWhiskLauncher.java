package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.backend.LocalStackProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point. Its class does not extend {@link Application}, so the JavaFX runtime can sit on
 * the plain class path (the launcher checks for modules only when the main class is an Application).
 * Arguments are image files to classify at once ("Open with DigitWhisk").
 */
public final class DigitWhiskLauncher {
  /** What the sandbox's ONNX Runtime needs before the JVM starts (the sandbox module says why). */
  private static final String ORT_ENV = "ORT_DISABLE_TELEMETRY";
  private static final String RELAUNCHED = "digitwhisk.relaunched";

  private DigitWhiskLauncher() {}

  public static void main(String[] args) throws Exception {
    StartupTiming.markMain();
    // The launchers set the variable (./run-app, the installed start script); started otherwise
    // (jpackage's own launcher, java -jar) with the sandbox installed, start once more with it: Java
    // cannot set it for its own process. The sandbox is looked for last: that scan costs ~0.1 s.
    if (System.getenv(ORT_ENV) == null && !Boolean.getBoolean(RELAUNCHED) && LocalStackProvider.installed()) {
      System.exit(relaunch(args));
    }
    Application.launch(DigitWhiskApp.class, args);
    System.exit(DigitWhiskApp.exitStatus());
  }

  private static int relaunch(String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    // The JVM's own java, not this process's command: under jpackage that is the native launcher,
    // which would take the JVM options below as files to open.
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    command.add(Files.isExecutable(javaBin) ? javaBin.toString() : ProcessHandle.current().info().command().orElse("java"));
    command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DigitWhiskLauncher.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    pb.environment().put(ORT_ENV, "1");
    return pb.start().waitFor();
  }
}

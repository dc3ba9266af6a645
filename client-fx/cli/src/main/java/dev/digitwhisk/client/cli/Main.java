package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.ClientException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code digitwhisk} command line: the window's workflow, scriptable. */
@Command(
    name = "digitwhisk",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Handwritten-digit recognition: upload → presign → invoke the OpenWhisk action → delete.",
    subcommands = {
      ClassifyCommand.class,
      DeployCommand.class,
      DoctorCommand.class,
      SandboxCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every image classified / every check passed",
      "1:some images failed / a check failed",
      "2:usage error",
      "3:a server could not be reached or refused the credentials"
    })
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println(command.getColorScheme().errorText("digitwhisk: " + e.getMessage()));
      if (e instanceof ClientException failure && !failure.whatToDo().isEmpty()) {
        command.getErr().println("  what to do: " + failure.whatToDo());
      }
      return ExitCodes.of(e);
    });
    // Usage errors exit 2, as scripts expect (picocli's default is also 2; stated here on purpose).
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return cli;
  }
}

package dev.digitwhisk.model.training;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code train} and {@code evaluate}; DJL is configured offline before anything else loads. */
@Command(name = "digitwhisk-model", mixinStandardHelpOptions = true,
    description = "Train the DigitWhisk MNIST CNN with DJL + PyTorch and export it to ONNX, or evaluate any ONNX model.",
    subcommands = {TrainCommand.class, EvaluateCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    DjlOffline.configure(DjlOffline.defaultCacheDir());
    System.setProperty("java.awt.headless", "true");
    CommandLine commandLine = new CommandLine(new Main());
    // People get a sentence, not a stack trace, for the failures they can fix (missing files, bad data).
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      cl.getErr().println("error: " + e.getMessage());
      return 1;
    });
    System.exit(commandLine.execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}

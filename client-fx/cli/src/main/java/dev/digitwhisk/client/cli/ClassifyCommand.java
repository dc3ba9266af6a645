package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.workflow.BatchListener;
import dev.digitwhisk.client.workflow.BatchRun;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.ReadMode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code digitwhisk classify [--number] FILE|DIR|URL…}: each image through the shared workflow. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Classify images: upload each to the store, invoke the action with a presigned URL, "
        + "show the digit, delete the upload (always).",
        "With nothing configured, the embedded local sandbox is used."})
final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "FILE|DIR|URL", arity = "0..*", description = "Images, folders of images, or http(s) image URLs.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE", description = "An image (the original recipe's option; same as a positional FILE).")
  List<String> files = new ArrayList<>();

  @Option(names = {"--object-name", "--object_name"}, hidden = true,
      description = "Accepted for the original recipe's scripts; uploads always get a random name so concurrent clients never collide.")
  String objectName;

  @Option(names = "--json", description = "One JSON object per image per line, for scripts.")
  boolean json;

  @Option(names = "--number", description = {"Read each image as a whole number (up to " + Limits.MAX_DIGITS
      + " digits, leading zeros kept) instead of one digit; digits the model is unsure of are shown in [ ].",
      "With --json, each digit comes with its confidence, probabilities and box in the picture's pixels."})
  boolean number;

  @Option(names = {"-c", "--concurrency"}, defaultValue = "4", description = "Images in flight at once (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
  boolean noProgress;

  @Option(names = "--per-activation", paramLabel = "N", description = "Most images sent to one activation, 1 to "
      + Limits.MAX_URLS + " (default " + Limits.MAX_URLS + "; 1: one activation per image, for an action older than lists).")
  void perActivation(String n) {
    connection.perActivation(n);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> all = new ArrayList<>(files);
    all.addAll(inputs);
    if (all.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name at least one FILE, DIR or URL");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--concurrency must be 1..64");
    }
    if (objectName != null) {
      err.println("note: --object_name is ignored; uploads get a random name and are deleted after classification.");
    }
    InputCollector.Collected collected = InputCollector.collect(all);
    collected.problems().forEach(p -> err.println("skipped: " + p));
    List<ImageSource> sources = collected.sources().stream()
        .map(source -> source.reading(number ? ReadMode.NUMBER : ReadMode.DIGIT)).toList();
    if (sources.isEmpty()) {
      err.println("digitwhisk: no images to classify");
      return ExitCodes.SOME_FAILED;
    }

    ResultPrinter printer = json ? ResultPrinter.json(out) : ResultPrinter.human(out);
    try (Backend backend = Backends.open(connection, err)) {
      ClassificationWorkflow workflow = backend.workflow();
      Backends.markStart();
      List<Classification> results;
      if (sources.size() == 1) {
        results = List.of(workflow.classify(sources.get(0)));
        printer.print(results.get(0));
      } else {
        BatchRun run = run(workflow, sources, printer, err);
        results = run.await();
        BatchSummary.of(results, Backends.elapsedSinceStart(), run.activations()).print(json ? err : out);
      }
      int problems = collected.problems().size();
      int code = ExitCodes.of(results);
      return code == ExitCodes.OK && problems > 0 ? ExitCodes.SOME_FAILED : code;
    }
  }

  /** Starts the batch; it has ended (finished or, on an interrupt, cancelled) when this returns. */
  private BatchRun run(ClassificationWorkflow workflow, List<ImageSource> sources,
      ResultPrinter printer, PrintWriter err) throws InterruptedException {
    ProgressBar progress = ProgressBar.forTerminal(err, sources.size(), !noProgress);
    BatchListener listener = (index, c, done, total) -> {
      synchronized (printer) {
        progress.clear();
        printer.print(c);
        progress.show(done);
      }
    };
    BatchRun run = workflow.classifyAll(sources, concurrency, listener);
    try {
      run.await();
      return run;
    } catch (InterruptedException e) {
      run.cancel();
      throw e;
    } finally {
      progress.finish();
    }
  }
}

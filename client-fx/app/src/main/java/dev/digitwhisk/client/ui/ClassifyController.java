package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.ui.batch.BatchModel;
import dev.digitwhisk.client.ui.history.HistoryModel;
import dev.digitwhisk.client.ui.mode.ReadModeModel;
import dev.digitwhisk.client.ui.result.ResultModel;
import dev.digitwhisk.client.ui.result.ResultView;
import dev.digitwhisk.client.workflow.BatchListener;
import dev.digitwhisk.client.workflow.BatchRun;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.client.workflow.Percentiles;
import dev.digitwhisk.client.workflow.StageTimings;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Sends images through the backend's workflow (upload → invoke → delete) off the FX thread and
 * puts the answers into the models on it. Never classifies locally.
 */
public final class ClassifyController {
  static final int BATCH_CONCURRENCY = 4;
  private final BackendHolder backend;
  private final ReadModeModel mode;
  private final ResultModel result;
  private final HistoryModel history;
  private final BatchModel batch;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "digitwhisk-ui-classify");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<BatchRun> running = new AtomicReference<>();

  public ClassifyController(BackendHolder backend, ReadModeModel mode, ResultModel result, HistoryModel history,
      BatchModel batch) {
    this.backend = backend;
    this.mode = mode;
    this.result = result;
    this.history = history;
    this.batch = batch;
  }

  /**
   * One image, read as the window's mode says (a digit or a whole number); the result pane and the
   * history show the answer. Call on the FX thread.
   */
  public void classify(ImageSource image) {
    ImageSource source = mode.apply(image);
    Backend b = backend.current();
    result.startBusy();
    b.ready().thenApplyAsync(w -> w.classify(source), worker).whenComplete((c, error) -> Platform.runLater(() -> {
      ResultView view = error == null ? ClassificationAdapter.toView(c, source) : notStarted(source.name(), error);
      result.show(view);
      history.add(view, source.bytes());
    }));
  }

  /**
   * Several images, sent in groups to one activation each (the settings' images per activation):
   * the batch table fills in as results come. Call on the FX thread.
   */
  public void classifyAll(List<ImageSource> images) {
    List<ImageSource> sources = images.stream().map(mode::apply).toList();
    batch.start(sources.stream().map(ImageSource::name).toList());
    Backend b = backend.current();
    b.ready().whenComplete((workflow, error) -> {
      if (error != null) {
        Platform.runLater(() -> {
          for (int i = 0; i < sources.size(); i++) {
            batch.fill(i, notStarted(sources.get(i).name(), error));
          }
        });
        return;
      }
      BatchRun run = start(workflow, sources);
      running.set(run);
      run.completion().thenAccept(all -> {
        double[] totals = Percentiles.millis(all, StageTimings::total);
        int activations = run.activations();
        Platform.runLater(() -> batch.finish(Percentiles.of(totals, 50), Percentiles.of(totals, 95), activations));
      });
    });
  }

  private BatchRun start(ClassificationWorkflow workflow, List<ImageSource> sources) {
    return workflow.classifyAll(sources, BATCH_CONCURRENCY, new BatchListener() {
      @Override
      public void onResult(int index, Classification c, int completed, int total) {
        ResultView view = ClassificationAdapter.toView(c, sources.get(index));
        byte[] image = sources.get(index).bytes();
        Platform.runLater(() -> {
          batch.fill(index, view);
          history.add(view, image);
        });
      }
    });
  }

  public void cancelBatch() {
    BatchRun run = running.get();
    if (run != null) {
      run.cancel();
    }
  }

  /** A problem found before the workflow ran, shown like any other result. */
  public void showProblem(ResultView problem) {
    result.show(problem);
  }

  private static ResultView notStarted(String source, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return ClassificationAdapter.problem(source, "The classifier is not available",
        "The backend could not start: " + cause.getMessage(),
        "Open Settings and press \"Test connection\", or choose the local sandbox.");
  }
}

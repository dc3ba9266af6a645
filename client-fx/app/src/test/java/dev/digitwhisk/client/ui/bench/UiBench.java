package dev.digitwhisk.client.ui.bench;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.ui.BackendHolder;
import dev.digitwhisk.client.ui.MainWindow;
import dev.digitwhisk.client.ui.Theme;
import dev.digitwhisk.client.ui.draw.PngExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Not a test: the window over the real sandbox on a real display (Xvfb), a digit written with
 * JavaFX's glass robot, then "draw → result shown" timed {@code runs} times warm (from Enter, which
 * includes the pad snapshot and PNG encoding, to the result pane updated on the FX thread), after
 * {@code warmUp} untimed classifications (default 300: the JIT compiles the request path of the
 * client, the store and the action only after a few hundred). Writes a screenshot when given a path.
 *
 * <pre>xvfb-run -s "-screen 0 1400x900x24" java -cp … dev.digitwhisk.client.ui.bench.UiBench [runs] [screenshot.png|""] [warmUp]</pre>
 */
public final class UiBench {
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Path shot = args.length > 1 && !args[1].isEmpty() ? Path.of(args[1]) : null;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Backend backend = Backend.sandbox();
    MainWindow[] w = new MainWindow[1];
    Stage[] s = new Stage[1];
    Path config = Files.createTempDirectory("digitwhisk-bench").resolve("config.json");
    fx(() -> {
      BackendHolder holder = new BackendHolder(Backend::open);
      holder.use(backend, true);
      w[0] = new MainWindow(holder, owner -> List.of(), config, new Theme());
      w[0].addResultAndHistory();
      s[0] = new Stage();
      s[0].setTitle("DigitWhisk");
      s[0].setScene(new Scene(w[0], 1180, 720));
      s[0].setX(0);
      s[0].setY(0);
      s[0].show();
    });
    backend.ready().get(120, TimeUnit.SECONDS);
    backend.sandboxHandle().orElseThrow().awaitReady();
    Thread.sleep(500);
    Node pad = fxGet(() -> w[0].lookup("#drawing-pad"));
    drawSeven(pad);
    fx(() -> pad.requestFocus());
    Robot robot = fxGet(Robot::new);
    classifyOnce(w[0], () -> robot.keyType(KeyCode.ENTER)); // the keyboard path once, as a user would
    for (int i = 0; i < warmUp; i++) { // warm up as a benchmark harness does: JIT, connections, pools
      classifyOnce(w[0], () -> w[0].classifyDrawing());
    }
    if (shot != null) {
      Thread.sleep(300);
      byte[] png = fxGet(() -> PngExport.toPng(s[0].getScene().snapshot(null)));
      Files.createDirectories(shot.toAbsolutePath().getParent());
      Files.write(shot, png);
      System.out.println("screenshot: " + shot.toAbsolutePath());
    }
    double[] ms = new double[runs];
    double[] workflow = new double[runs];
    java.util.regex.Pattern total = java.util.regex.Pattern.compile("total (\\d+) ms");
    for (int i = 0; i < runs; i++) {
      ms[i] = classifyOnce(w[0], () -> w[0].classifyDrawing());
      java.util.regex.Matcher m = total.matcher(fxGet(() -> w[0].resultModel().resultProperty().get().timings()));
      workflow[i] = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
    Arrays.sort(ms);
    Arrays.sort(workflow);
    System.out.printf("  of which the core workflow (upload + invoke + delete): p50 %.0f ms, p90 %.0f ms%n",
        workflow[runs / 2], workflow[(int) (runs * 0.9)]);
    System.out.printf("draw -> result shown (sandbox, warm, %d runs): p50 %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
        runs, ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], ms[runs - 1]);
    backend.close();
    Platform.exit();
    System.exit(0);
  }

  /** Milliseconds from the trigger (on the FX thread) to the result model updated. */
  private static double classifyOnce(MainWindow w, Runnable trigger) throws Exception {
    CompletableFuture<Long> shown = new CompletableFuture<>();
    long[] t0 = new long[1];
    fx(() -> {
      w.resultModel().resultProperty().addListener(new javafx.beans.value.ChangeListener<>() {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends dev.digitwhisk.client.ui.result.ResultView> o,
            dev.digitwhisk.client.ui.result.ResultView old, dev.digitwhisk.client.ui.result.ResultView now) {
          shown.complete(System.nanoTime());
          o.removeListener(this);
        }
      });
      t0[0] = System.nanoTime();
      trigger.run();
    });
    return (shown.get(30, TimeUnit.SECONDS) - t0[0]) / 1e6;
  }

  private static void drawSeven(Node pad) throws Exception {
    Robot robot = fxGet(Robot::new);
    Bounds b = fxGet(() -> pad.localToScreen(pad.getBoundsInLocal()));
    List<double[]> path = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      path.add(new double[] {70 + 140.0 * i / 20, 62 + 4 * Math.sin(i / 3.0)});
    }
    for (int i = 1; i <= 25; i++) {
      path.add(new double[] {210 - 95.0 * i / 25, 62 + 180.0 * i / 25});
    }
    fx(() -> robot.mouseMove(b.getMinX() + path.get(0)[0], b.getMinY() + path.get(0)[1]));
    fx(() -> robot.mousePress(MouseButton.PRIMARY));
    for (double[] p : path) {
      fx(() -> robot.mouseMove(b.getMinX() + p[0], b.getMinY() + p[1]));
      Thread.sleep(8);
    }
    fx(() -> robot.mouseRelease(MouseButton.PRIMARY));
    Thread.sleep(100);
  }

  private static void fx(Runnable r) throws Exception {
    fxGet(() -> {
      r.run();
      return null;
    });
  }

  private static <T> T fxGet(java.util.concurrent.Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(c.call());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    });
    return f.get(60, TimeUnit.SECONDS);
  }
}

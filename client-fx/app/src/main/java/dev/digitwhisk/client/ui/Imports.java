package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.ui.draw.PngExport;
import dev.digitwhisk.client.ui.imports.FileOpener;
import dev.digitwhisk.client.ui.imports.Incoming;
import dev.digitwhisk.client.ui.imports.UrlDownload;
import dev.digitwhisk.client.workflow.ImageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;

/**
 * Images arriving from Open, drops, paste and the command line: read (off the FX thread), then one
 * image goes to the result pane and several to the batch table.
 */
final class Imports {
  private final ClassifyController controller;
  private final FileOpener opener;
  private final Runnable showBatch;

  Imports(ClassifyController controller, FileOpener opener, Runnable showBatch) {
    this.controller = controller;
    this.opener = opener;
    this.showBatch = showBatch;
  }

  void open(Window owner) {
    List<Path> files = opener.chooseImages(owner);
    if (!files.isEmpty()) {
      files(files);
    }
  }

  void paste() {
    Incoming incoming = Incoming.from(Clipboard.getSystemClipboard());
    if (incoming.isEmpty()) {
      controller.showProblem(ClassificationAdapter.problem("clipboard", "Nothing to paste",
          "The clipboard holds no image, image file or image URL.", "Copy an image or an image file first."));
      return;
    }
    accept(incoming, "pasted image");
  }

  void accept(Incoming incoming, String imageName) {
    if (!incoming.files().isEmpty()) {
      files(incoming.files());
    } else if (incoming.image().isPresent()) {
      controller.classify(ImageSource.ofBytes(imageName + ".png", PngExport.toPng(incoming.image().get())));
    } else if (incoming.url().isPresent()) {
      background(() -> {
        try {
          byte[] bytes = UrlDownload.fetch(incoming.url().get());
          Platform.runLater(() -> controller.classify(ImageSource.ofBytes(UrlDownload.nameOf(incoming.url().get()), bytes)));
        } catch (IOException e) {
          problem(UrlDownload.nameOf(incoming.url().get()), "The image could not be downloaded",
              "Downloading it failed: " + e.getMessage() + ".", "Save the image to a file and open that instead.");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }

  void files(List<Path> files) {
    background(() -> {
      List<ImageSource> sources = new ArrayList<>();
      for (Path file : files) {
        try {
          sources.add(ImageSource.ofFile(file));
        } catch (IOException | RuntimeException e) {
          problem(file.toString(), "The file could not be read", file + " could not be read: " + e.getMessage(),
              "Check that the file exists and that you may read it.");
        }
      }
      Platform.runLater(() -> {
        if (sources.size() == 1) {
          controller.classify(sources.get(0));
        } else if (sources.size() > 1) {
          showBatch.run();
          controller.classifyAll(sources);
        }
      });
    });
  }

  private void problem(String source, String title, String message, String whatToDo) {
    Platform.runLater(() -> controller.showProblem(ClassificationAdapter.problem(source, title, message, whatToDo)));
  }

  private static void background(Runnable work) {
    Thread t = new Thread(work, "digitwhisk-import");
    t.setDaemon(true);
    t.start();
  }
}

package dev.digitwhisk.client.ui.imports;

import dev.digitwhisk.client.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Image files on disk for open, drop and batch tests (the core test-jar's drawn "7"). */
public final class TestFiles {
  private TestFiles() {}

  public static List<Path> sevens(Path dir, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    String[] formats = {"png", "jpeg", "gif", "bmp"};
    for (int i = 0; i < count; i++) {
      String format = formats[i % formats.length];
      Path file = dir.resolve(String.format("seven-%02d.%s", i, format.equals("jpeg") ? "jpg" : format));
      Files.write(file, TestImages.drawnSeven(format));
      files.add(file);
    }
    return files;
  }
}

package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.workflow.ImageSource;
import dev.digitwhisk.protocol.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns FILE, DIR and URL arguments into images; what can't be read is reported, not fatal. */
final class InputCollector {
  private static final List<String> IMAGE_SUFFIXES = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

  record Collected(List<ImageSource> sources, List<String> problems) {}

  private InputCollector() {}

  static Collected collect(List<String> arguments) throws InterruptedException {
    List<ImageSource> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String argument : arguments) {
      try {
        if (argument.startsWith("http://") || argument.startsWith("https://")) {
          sources.add(download(URI.create(argument)));
        } else if (Files.isDirectory(Path.of(argument))) {
          sources.addAll(folder(Path.of(argument)));
        } else {
          sources.add(ImageSource.ofFile(Path.of(argument)));
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(argument + ": " + e.getMessage());
      }
    }
    return new Collected(sources, problems);
  }

  /** Image files directly in the folder, by name, so a batch's order is repeatable. */
  private static List<ImageSource> folder(Path dir) throws IOException {
    List<ImageSource> images = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).filter(InputCollector::looksLikeImage).sorted().toList()) {
        images.add(ImageSource.ofFile(file));
      }
    }
    return images;
  }

  private static boolean looksLikeImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return IMAGE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static ImageSource download(URI uri) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()) {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException("the server answered HTTP " + response.statusCode());
        }
        byte[] bytes = body.readNBytes(Limits.MAX_IMAGE_BYTES + 1);
        if (bytes.length > Limits.MAX_IMAGE_BYTES) {
          throw new IOException("larger than " + (Limits.MAX_IMAGE_BYTES >> 20) + " MiB, the most the action reads");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.isEmpty() || path.endsWith("/") ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1);
        return ImageSource.ofBytes(name, bytes);
      }
    }
  }
}

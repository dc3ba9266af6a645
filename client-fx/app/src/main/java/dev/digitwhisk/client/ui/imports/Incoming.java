package dev.digitwhisk.client.ui.imports;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * What a drop or a paste brought (a {@link javafx.scene.input.Dragboard} is a Clipboard): files,
 * else an image, else an http(s) URL of an image (dragged from a browser). Read on the FX thread;
 * the files and the URL are loaded later, off it.
 */
public record Incoming(List<Path> files, Optional<Image> image, Optional<URI> url) {

  public static Incoming from(Clipboard content) {
    if (content.hasFiles() && !content.getFiles().isEmpty()) {
      return new Incoming(content.getFiles().stream().map(f -> f.toPath()).toList(), Optional.empty(), Optional.empty());
    }
    Optional<URI> url = webUrl(content);
    if (content.hasImage() && content.getImage() != null && url.isEmpty()) {
      return new Incoming(List.of(), Optional.of(content.getImage()), Optional.empty());
    }
    if (url.isPresent()) {
      return new Incoming(List.of(), Optional.empty(), url);
    }
    if (content.hasImage() && content.getImage() != null) {
      return new Incoming(List.of(), Optional.of(content.getImage()), Optional.empty());
    }
    return new Incoming(List.of(), Optional.empty(), Optional.empty());
  }

  /** True when a drag carries something this window can use (to accept the drag or not). */
  public static boolean usable(Clipboard content) {
    return content.hasFiles() || content.hasImage() || webUrl(content).isPresent();
  }

  private static Optional<URI> webUrl(Clipboard content) {
    String text = content.hasUrl() ? content.getUrl() : content.hasContent(DataFormat.PLAIN_TEXT) ? content.getString() : null;
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().lines().findFirst().orElse("");
    String lower = t.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(t));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public boolean isEmpty() {
    return files.isEmpty() && image.isEmpty() && url.isEmpty();
  }
}

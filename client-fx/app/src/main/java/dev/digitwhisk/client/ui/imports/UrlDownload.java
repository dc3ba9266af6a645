package dev.digitwhisk.client.ui.imports;

import dev.digitwhisk.protocol.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches an image a browser dragged in by URL: bounded in size (the action's image limit) and time. */
public final class UrlDownload {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private UrlDownload() {}

  public static byte[] fetch(URI url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).GET().build();
    HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw new IOException("the web server answered " + response.statusCode());
      }
      byte[] bytes = in.readNBytes(Limits.MAX_IMAGE_BYTES + 1);
      if (bytes.length > Limits.MAX_IMAGE_BYTES) {
        throw new IOException("the image is larger than " + (Limits.MAX_IMAGE_BYTES >> 20) + " MiB");
      }
      return bytes;
    }
  }

  /** The last path segment, for a name to show. */
  public static String nameOf(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isBlank() ? url.getHost() : last;
  }
}

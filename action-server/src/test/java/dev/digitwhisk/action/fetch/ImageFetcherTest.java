package dev.digitwhisk.action.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImageFetcherTest {
  private static final byte[] PNG = TestImages.png();
  private static ImageServer store;
  private static ImageFetcher fetcher;

  @BeforeAll
  static void start() throws Exception {
    store = ImageServer.start()
        .bytes("/digit.png", PNG)
        .redirect("/hop1", "/hop2").redirect("/hop2", "/hop3").redirect("/hop3", "/digit.png")
        .redirect("/hop0", "/hop1")
        .redirect("/loop", "/loop")
        .redirect("/nowhere", null)
        .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
        .redirect("/to-file", "file:///etc/passwd")
        .status("/expired.png", 403, "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")
        .status("/badsig.png", 403, "<Error><Code>SignatureDoesNotMatch</Code></Error>")
        .status("/broken.png", 500, "<Error><Code>InternalError</Code></Error>")
        .bytes("/page.html", "<html><body>not an image</body></html>".getBytes())
        .bytes("/empty.png", new byte[0])
        .route("/endless.png", ex -> {
          // No Content-Length: streams until the client stops reading.
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(PNG, 0, 16);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 100_000; i++) {
              out.write(chunk);
            }
          }
        })
        .route("/huge-declared.png", ex -> {
          ex.sendResponseHeaders(200, 50L * 1024 * 1024);
          ex.getResponseBody().write(PNG);
          ex.getResponseBody().flush();
          Thread.sleep(2000);
        })
        .route("/slow.png", ex -> {
          Thread.sleep(10_000);
          ImageServer.send(ex, 200, PNG);
        });
    fetcher = new ImageFetcher(FetchPolicy.defaults().withMaxBytes(1024 * 1024));
  }

  @AfterAll
  static void stop() {
    fetcher.close();
    store.close();
  }

  private static FetchedImage fetch(String path) throws Exception {
    return fetcher.fetch(store.uri(path), Duration.ofSeconds(10));
  }

  private static void assertCode(String path, int code, String messagePart) {
    assertThatThrownBy(() -> fetch(path)).isInstanceOf(FetchException.class)
        .hasMessageContaining(messagePart)
        .satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(code));
  }

  @Test
  void fetch_image_returnsItsBytes() throws Exception {
    assertThat(fetch("/digit.png?X-Amz-Signature=abc").bytes()).isEqualTo(PNG);
  }

  @Test
  void fetch_threeRedirects_areFollowed() throws Exception {
    FetchedImage image = fetch("/hop1");
    assertThat(image.bytes()).isEqualTo(PNG);
    assertThat(image.redirects()).isEqualTo(3);
  }

  @Test
  void fetch_fourRedirectsOrALoop_isRefused() {
    assertCode("/hop0", 502, "redirected more than 3 times");
    assertCode("/loop", 502, "redirected more than 3 times");
    assertCode("/nowhere", 502, "without saying where");
  }

  @Test
  void fetch_redirectToMetadataOrFile_isCheckedLikeTheFirstHop() {
    assertCode("/to-metadata", 403, "169.254.169.254");
    assertCode("/to-file", 400, "Only http and https");
  }

  @Test
  void fetch_storeRefusals_becomePreciseCodes() {
    assertCode("/missing.png?X-Amz-Signature=secret", 404, "no object at");
    assertCode("/expired.png", 403, "has expired");
    assertCode("/badsig.png", 403, "signature does not match");
    assertCode("/broken.png", 502, "HTTP 500");
  }

  @Test
  void fetch_messages_neverShowTheQueryString() {
    assertThatThrownBy(() -> fetch("/missing.png?X-Amz-Signature=TOPSECRET"))
        .hasMessageNotContaining("TOPSECRET").hasMessageNotContaining("X-Amz");
  }

  @Test
  void fetch_notAnImage_is415() {
    assertCode("/page.html", 415, "not an image");
    assertCode("/empty.png", 415, "empty");
  }

  @Test
  void fetch_bodyOverTheCap_is413_whateverContentLengthSays() {
    assertCode("/endless.png", 413, "larger than 1 MiB");
    assertCode("/huge-declared.png", 413, "larger than 1 MiB");
  }

  @Test
  void fetch_slowStore_isCutAtTheBudget() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(store.uri("/slow.png"), Duration.ofMillis(300)))
        .isInstanceOf(FetchException.class).satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(504));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void fetch_blockedAddresses_areRefusedBeforeConnecting() {
    for (String url : new String[] {"http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/x",
        "http://metadata.google.internal/computeMetadata/v1/", "http://0.0.0.0:1/x", "http://100.100.100.200/x"}) {
      assertThatThrownBy(() -> fetcher.fetch(URI.create(url), Duration.ofSeconds(2))).as(url)
          .isInstanceOf(FetchException.class).satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(403));
    }
  }

  @Test
  void fetch_blockingOff_letsLinkLocalThrough() {
    try (ImageFetcher open = new ImageFetcher(FetchPolicy.defaults().withBlockLinkLocal(false))) {
      // Whatever answers there (or nothing), the guard no longer refuses the address itself.
      assertThatThrownBy(() -> open.fetch(URI.create("http://169.254.0.1:9/x"), Duration.ofMillis(500)))
          .isInstanceOf(FetchException.class).hasMessageNotContaining("never fetches from");
    }
  }

  @Test
  void fetch_unsupportedSchemes_are400() {
    for (String url : new String[] {"ftp://h/x.png", "file:///etc/passwd", "jar:file:/x!/y", "gopher://h/", "data:image/png;base64,AA"}) {
      assertThatThrownBy(() -> fetcher.fetch(URI.create(url), Duration.ofSeconds(1))).as(url)
          .isInstanceOf(FetchException.class).satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(400));
    }
  }

  @Test
  void fetch_nothingListening_is502() {
    assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:9/x.png"), Duration.ofSeconds(2)))
        .isInstanceOf(FetchException.class).satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(502));
  }
}

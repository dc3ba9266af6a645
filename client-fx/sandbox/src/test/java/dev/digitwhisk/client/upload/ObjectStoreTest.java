package dev.digitwhisk.client.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.client.sandbox.EmbeddedStore;
import dev.digitwhisk.client.testing.FaultyProxy;
import dev.digitwhisk.client.testing.TestImages;
import dev.digitwhisk.protocol.ImageFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectStoreTest {
  static EmbeddedStore s3;
  static ObjectStore store;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    s3 = EmbeddedStore.start();
    store = ObjectStore.open(new StoreSettings(s3.endpoint(), s3.accessKey(), s3.secretKey(), "uploads", null), false);
  }

  @AfterAll
  static void stop() {
    store.close();
    s3.close();
  }

  private static HttpResponse<byte[]> get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void ensureBucket_createsMissingBucketOnce() throws Exception {
    try (ObjectStore other = ObjectStore.open(new StoreSettings(s3.endpoint(), s3.accessKey(), s3.secretKey(), "fresh-bucket", null), false)) {
      assertThat(other.bucketExists()).isFalse();
      other.ensureBucket();
      other.ensureBucket();
      assertThat(other.bucketExists()).isTrue();
    }
  }

  @Test
  void ensureBucket_storeRefusesLifecycleRule_stillSucceeds() throws Exception {
    // S3Proxy answers 501 to the 1-day expiry rule a real MinIO gets: best effort, not fatal.
    try (ObjectStore real = ObjectStore.open(new StoreSettings(s3.endpoint(), s3.accessKey(), s3.secretKey(), "with-lifecycle", null))) {
      real.ensureBucket();
      assertThat(real.bucketExists()).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource({"png, PNG, .png, image/png", "jpeg, JPEG, .jpg, image/jpeg", "gif, GIF, .gif, image/gif", "bmp, BMP, .bmp, image/bmp"})
  void put_namesByUuidAndRealExtension_withContentType(String encoder, ImageFormat format, String ext, String type) throws Exception {
    store.ensureBucket();
    byte[] bytes = TestImages.drawnSeven(encoder);
    assertThat(ImageFormat.sniff(bytes)).contains(format);
    StoredObject o = store.put(bytes, format);
    try {
      assertThat(o.name()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\Q" + ext + "\\E");
      HttpResponse<byte[]> r = get(store.presign(o, Duration.ofMinutes(1)));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo(bytes);
      assertThat(r.headers().firstValue("Content-Type")).contains(type);
    } finally {
      store.delete(o);
    }
  }

  @Test
  void presign_expires() throws Exception {
    store.ensureBucket();
    StoredObject o = store.put(TestImages.drawnSeven("png"), ImageFormat.PNG);
    try {
      // X-Amz-Date has whole seconds, so an expiry of n seconds lasts between n-1 and n seconds.
      URI url = store.presign(o, Duration.ofSeconds(3));
      assertThat(get(url).statusCode()).isEqualTo(200);
      Thread.sleep(4_100);
      HttpResponse<byte[]> late = get(url);
      assertThat(late.statusCode()).isEqualTo(403);
      assertThat(new String(late.body())).contains("AccessDenied");
    } finally {
      store.delete(o);
    }
  }

  @Test
  void presign_withWrongSecret_isRejectedByTheStore() throws Exception {
    store.ensureBucket();
    StoredObject o = store.put(TestImages.drawnSeven("png"), ImageFormat.PNG);
    try (ObjectStore forger = ObjectStore.open(new StoreSettings(s3.endpoint(), s3.accessKey(), "wrong-secret", "uploads", null), false)) {
      assertThat(get(forger.presign(o, Duration.ofMinutes(1))).statusCode()).isEqualTo(403);
      String tampered = store.presign(o, Duration.ofMinutes(1)).toString().replace("X-Amz-Expires=60", "X-Amz-Expires=600");
      assertThat(get(URI.create(tampered)).statusCode()).isEqualTo(403);
    } finally {
      store.delete(o);
    }
  }

  @Test
  void delete_removesTheObject() throws Exception {
    store.ensureBucket();
    StoredObject o = store.put(TestImages.drawnSeven("png"), ImageFormat.PNG);
    URI url = store.presign(o, Duration.ofMinutes(1));
    store.delete(o);
    assertThat(get(url).statusCode()).isEqualTo(404);
    assertThat(store.list(100)).doesNotContain(o.name());
  }

  @Test
  void wrongKeys_areStoreAuthWithAdvice() {
    try (ObjectStore wrong = ObjectStore.open(new StoreSettings(s3.endpoint(), "nobody", "nothing", "uploads", null))) {
      assertThatThrownBy(wrong::bucketExists).isInstanceOfSatisfying(StoreException.class, e -> {
        assertThat(e.kind()).isEqualTo(FailureKind.STORE_AUTH);
        assertThat(e.whatToDo()).contains("access key");
        assertThat(e.getMessage()).doesNotContain("nothing");
      });
    }
  }

  @Test
  void invalidBucketName_isAConfigurationProblem() {
    try (ObjectStore bad = ObjectStore.open(new StoreSettings(s3.endpoint(), s3.accessKey(), s3.secretKey(), "X", null))) {
      assertThatThrownBy(bad::bucketExists).isInstanceOfSatisfying(StoreException.class, e -> {
        assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(e.whatToDo()).contains("Bucket names");
      });
    }
  }

  @Test
  void nothingListening_isStoreUnreachable_neverSent() {
    try (ObjectStore dead = ObjectStore.open(new StoreSettings(URI.create("http://127.0.0.1:9"), "a", "b", "uploads", null))) {
      assertThatThrownBy(dead::bucketExists).isInstanceOfSatisfying(StoreException.class, e -> {
        assertThat(e.kind()).isEqualTo(FailureKind.STORE_UNREACHABLE);
        assertThat(e.neverSent()).isTrue();
        assertThat(e.getMessage()).contains("connection refused");
      });
    }
  }

  @Test
  void deleteAfterAnInterruptedUpload_waitsForItSoNothingLandsLater() throws Exception {
    // The upload's connection is held back; the delete's is not. Without waiting, the delete would
    // reach the store first and the upload would land afterwards: an image left behind.
    try (FaultyProxy slowStore = FaultyProxy.to(s3.endpoint());
        ObjectStore through = ObjectStore.open(new StoreSettings(slowStore.uri(s3.endpoint()), s3.accessKey(), s3.secretKey(), "uploads", null), false)) {
      store.ensureBucket();
      slowStore.delay(Duration.ofMillis(1500));
      StoredObject object = through.newObject(ImageFormat.PNG, 0);
      AtomicReference<Throwable> putEnded = new AtomicReference<>();
      Thread uploader = Thread.ofPlatform().start(() -> {
        try {
          through.put(object, TestImages.drawnSeven("png"));
        } catch (Throwable t) {
          putEnded.set(t);
        }
      });
      Thread.sleep(300);
      uploader.interrupt();
      uploader.join(5_000);
      assertThat(putEnded.get()).isInstanceOf(InterruptedException.class);

      slowStore.delay(Duration.ZERO);
      through.delete(object);
      Thread.sleep(1_500); // past the moment the held-back upload reaches the store
      assertThat(store.list(1_000)).doesNotContain(object.name());
    }
  }
}

package dev.digitwhisk.client.upload;

import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.protocol.ImageFormat;
import io.minio.BucketExistsArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.SetBucketLifecycleArgs;
import io.minio.http.Method;
import io.minio.messages.Expiration;
import io.minio.messages.LifecycleConfiguration;
import io.minio.messages.LifecycleRule;
import io.minio.messages.RuleFilter;
import io.minio.messages.Status;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The images' short stay in an S3-compatible store, through the MinIO Java SDK: upload under a
 * random name with the real extension and content type (from the magic bytes), presign a GET,
 * delete. The async client is used so an interrupt abandons a call at once (the sync client
 * swallows it into a RuntimeException). An abandoned upload keeps going on the wire, so a delete of
 * the same object first waits for it to settle: a delete that overtook its upload would leave the
 * image behind when the upload lands. Close it: it owns its HTTP connection pool.
 */
public final class ObjectStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ObjectStore.class);

  /**
   * Requests on the wire at once, to the one store (OkHttp's default is 5 a host, which made a
   * batch's workers queue behind each other); more wait in the client's queue.
   */
  public static final int MAX_IN_FLIGHT = 32;

  /** Matches the client's write timeout: an upload still going after that has failed on its own. */
  private static final Duration UPLOAD_SETTLE_LIMIT = Duration.ofSeconds(30);

  private final MinioAsyncClient client;
  private final StoreSettings settings;
  private final boolean lifecycleRule;
  private final Map<String, CompletableFuture<?>> uploadsInFlight = new ConcurrentHashMap<>();

  private ObjectStore(MinioAsyncClient client, StoreSettings settings, boolean lifecycleRule) {
    this.client = client;
    this.settings = settings;
    this.lifecycleRule = lifecycleRule;
  }

  /** A client for a real store: a bucket it creates gets a 1-day expiry rule as a safety net. */
  public static ObjectStore open(StoreSettings settings) {
    return open(settings, true);
  }

  /**
   * @param lifecycleRule whether a bucket created here gets the 1-day expiry rule (false for the
   *     sandbox's S3Proxy, which answers lifecycle calls with 501)
   */
  public static ObjectStore open(StoreSettings settings, boolean lifecycleRule) {
    Objects.requireNonNull(settings, "settings");
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(MAX_IN_FLIGHT);
    dispatcher.setMaxRequestsPerHost(MAX_IN_FLIGHT);
    OkHttpClient http = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(MAX_IN_FLIGHT, 5, TimeUnit.MINUTES)) // keep them all alive between groups
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS)
        .retryOnConnectionFailure(true) // a pooled connection the store closed while idle is retried, not reported
        .build();
    MinioAsyncClient client = MinioAsyncClient.builder()
        .endpoint(settings.endpoint().toString())
        .region(settings.region()) // known region: no GetBucketLocation round trip
        .credentials(settings.accessKey(), settings.secretKey())
        .httpClient(http, true)
        .build();
    return new ObjectStore(client, settings, lifecycleRule);
  }

  public StoreSettings settings() {
    return settings;
  }

  public String bucket() {
    return settings.bucket();
  }

  public boolean bucketExists() throws StoreException, InterruptedException {
    return await(call(() -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket()).build())), "checking the bucket");
  }

  /** Creates the bucket when it is missing and asks (best effort) for a 1-day expiry rule as a safety net. */
  public void ensureBucket() throws StoreException, InterruptedException {
    if (bucketExists()) {
      return;
    }
    try {
      await(call(() -> client.makeBucket(MakeBucketArgs.builder().bucket(bucket()).region(settings.region()).build())),
          "creating the bucket");
    } catch (StoreException e) {
      if (!bucketExists()) { // lost a race with another client: fine
        throw e;
      }
    }
    LOG.info("Created bucket {} at {}", bucket(), Redaction.url(settings.endpoint()));
    if (lifecycleRule) {
      expireAfterOneDay();
    }
  }

  /**
   * The explicit delete is the guarantee; this rule only catches objects left by a crashed client.
   * S3Proxy answers 501 to lifecycle calls, some stores refuse them: logged, not fatal.
   */
  private void expireAfterOneDay() throws InterruptedException {
    try {
      LifecycleRule rule = new LifecycleRule(Status.ENABLED, null, new Expiration((io.minio.messages.ResponseDate) null, 1, null),
          new RuleFilter(""), "digitwhisk-expire-uploads", null, null, null);
      await(call(() -> client.setBucketLifecycle(SetBucketLifecycleArgs.builder().bucket(bucket())
          .config(new LifecycleConfiguration(List.of(rule))).build())), "setting a lifecycle rule");
    } catch (StoreException | RuntimeException e) {
      LOG.info("The store does not take a lifecycle rule for {} ({}); uploads are deleted explicitly anyway.",
          bucket(), e.getMessage());
    }
  }

  /** Uploads {@code bytes} as {@code <uuid>.<ext>} with the format's content type. */
  public StoredObject put(byte[] bytes, ImageFormat format) throws StoreException, InterruptedException {
    StoredObject object = newObject(format, bytes.length);
    put(object, bytes);
    return object;
  }

  /** Names an object to be uploaded: a random UUID plus the format's real extension. */
  public StoredObject newObject(ImageFormat format, long size) {
    return new StoredObject(bucket(), UUID.randomUUID() + "." + extension(format), format.mimeType(), size);
  }

  /** Uploads {@code bytes} under the name {@link #newObject} gave. */
  public void put(StoredObject object, byte[] bytes) throws StoreException, InterruptedException {
    awaitUpload(startPut(object, bytes), object);
  }

  /**
   * Starts uploading {@code bytes} under the name {@link #newObject} gave, without waiting: a batch
   * starts a group's uploads together and then {@link #awaitUpload awaits} each. At most
   * {@link #MAX_IN_FLIGHT} requests are on the wire at once; the rest queue.
   */
  public CompletableFuture<?> startPut(StoredObject object, byte[] bytes) throws StoreException {
    CompletableFuture<?> upload = call(() -> client.putObject(PutObjectArgs.builder().bucket(object.bucket())
        .object(object.name()).stream(new ByteArrayInputStream(bytes), bytes.length, -1)
        .contentType(object.contentType()).build()));
    uploadsInFlight.put(object.name(), upload);
    upload.whenComplete((response, error) -> uploadsInFlight.remove(object.name(), upload));
    return upload;
  }

  /** Waits for an upload {@link #startPut} started; an interrupt leaves it going (a delete then waits for it). */
  public void awaitUpload(CompletableFuture<?> upload, StoredObject object) throws StoreException, InterruptedException {
    await(upload, "uploading the image");
    LOG.debug("Uploaded {}/{} ({} bytes)", object.bucket(), object.name(), object.size());
  }

  /** A URL anyone may GET the object with until {@code expiry} passes (signed here, no call to the store). */
  public URI presign(StoredObject object, Duration expiry) throws StoreException {
    try {
      String url = client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.GET)
          .bucket(object.bucket()).object(object.name()).expiry((int) Math.max(1, expiry.toSeconds()), TimeUnit.SECONDS)
          .build());
      return URI.create(url);
    } catch (Exception e) {
      throw StoreErrors.of("presigning a URL", settings.endpoint(), bucket(), e);
    }
  }

  public void delete(StoredObject object) throws StoreException, InterruptedException {
    awaitUploadSettled(object);
    await(call(() -> client.removeObject(RemoveObjectArgs.builder().bucket(object.bucket()).object(object.name()).build())),
        "deleting the image");
    LOG.debug("Deleted {}/{}", object.bucket(), object.name());
  }

  /**
   * Deletes {@code objects} with one multi-object delete (S3 DeleteObjects), once their uploads have
   * settled; answers those the store could not delete, with why.
   *
   * @throws StoreException the request itself failed (then nothing is known to be deleted)
   */
  public Map<StoredObject, String> deleteAll(List<StoredObject> objects) throws StoreException, InterruptedException {
    if (objects.isEmpty()) {
      return Map.of();
    }
    Map<String, StoredObject> byName = new java.util.LinkedHashMap<>();
    for (StoredObject object : objects) {
      awaitUploadSettled(object);
      byName.put(object.name(), object);
    }
    Map<StoredObject, String> failed = new java.util.LinkedHashMap<>();
    try {
      // The SDK sends the request when the answer is read; only the keys it could not delete come back.
      for (Result<DeleteError> r : client.removeObjects(RemoveObjectsArgs.builder().bucket(bucket())
          .objects(byName.keySet().stream().map(DeleteObject::new).toList()).build())) {
        DeleteError error = r.get();
        StoredObject object = byName.get(error.objectName());
        if (object != null) {
          failed.put(object, error.code() + ": " + error.message());
        }
      }
    } catch (Exception e) {
      if (Thread.interrupted()) {
        throw new InterruptedException("deleting " + objects.size() + " images was interrupted");
      }
      throw StoreErrors.of("deleting " + objects.size() + " images", settings.endpoint(), bucket(), e);
    }
    LOG.debug("Deleted {} objects from {} ({} failed)", objects.size(), bucket(), failed.size());
    return failed;
  }

  private void awaitUploadSettled(StoredObject object) throws InterruptedException {
    CompletableFuture<?> upload = uploadsInFlight.get(object.name());
    if (upload == null) {
      return;
    }
    try {
      upload.get(UPLOAD_SETTLE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // Failed uploads may still have stored the object (the response was lost): delete anyway.
    } catch (TimeoutException e) {
      LOG.warn("The abandoned upload of {} has not settled after {} s; deleting now, the bucket's expiry rule is the backstop",
          object.name(), UPLOAD_SETTLE_LIMIT.toSeconds());
    }
  }

  /** The names in the bucket (for checks and tests; stops after {@code limit}). */
  public List<String> list(int limit) throws StoreException {
    List<String> names = new ArrayList<>();
    try {
      for (Result<Item> r : client.listObjects(ListObjectsArgs.builder().bucket(bucket()).recursive(true).build())) {
        names.add(r.get().objectName());
        if (names.size() >= limit) {
          break;
        }
      }
      return names;
    } catch (Exception e) {
      throw StoreErrors.of("listing the bucket", settings.endpoint(), bucket(), e);
    }
  }

  static String extension(ImageFormat format) {
    return switch (format) {
      case JPEG -> "jpg";
      default -> format.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  @FunctionalInterface
  private interface Call<T> {
    CompletableFuture<T> start() throws Exception;
  }

  private <T> CompletableFuture<T> call(Call<T> call) throws StoreException {
    try {
      return call.start();
    } catch (Exception e) {
      throw StoreErrors.of("preparing a request", settings.endpoint(), bucket(), e);
    }
  }

  private <T> T await(CompletableFuture<T> future, String doing) throws StoreException, InterruptedException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      // Not cancelled: that would not stop the HTTP call, only hide from delete() when it ends.
      throw e;
    } catch (ExecutionException e) {
      throw StoreErrors.of(doing, settings.endpoint(), bucket(), e);
    }
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      LOG.debug("Closing the store client: {}", e.toString());
    }
  }
}

package dev.digitwhisk.client.sandbox;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3Proxy in-process on 127.0.0.1 and an ephemeral port, in memory, with random credentials and
 * AWS V4 authentication, so presigned URLs are really checked (signature and expiry).
 */
public final class EmbeddedStore implements AutoCloseable {
  private final S3Proxy proxy;
  private final BlobStore blobStore;
  private final String accessKey;
  private final String secretKey;
  private final URI endpoint;

  private EmbeddedStore(S3Proxy proxy, BlobStore blobStore, String accessKey, String secretKey, URI endpoint) {
    this.proxy = proxy;
    this.blobStore = blobStore;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.endpoint = endpoint;
  }

  /** Starts on an ephemeral port. */
  public static EmbeddedStore start() throws Exception {
    return start(0);
  }

  /** Starts on {@code port} (0: ephemeral), e.g. to restart a stopped store where clients expect it. */
  public static EmbeddedStore start(int port) throws Exception {
    return start(port, "dw" + random(9), random(20));
  }

  public static EmbeddedStore start(int port, String accessKey, String secretKey) throws Exception {
    QuietLogs.apply();
    BlobStore blobStore = new TransientNio2BlobStore();
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(blobStore)
        .endpoint(URI.create("http://127.0.0.1:" + port))
        .awsAuthentication(AuthenticationType.AWS_V4, accessKey, secretKey)
        .stopTimeout(0)
        .build();
    proxy.start();
    long until = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > until) {
        proxy.stop();
        throw new IllegalStateException("S3Proxy did not start within 10 s (state " + proxy.getState() + ")");
      }
      Thread.sleep(2);
    }
    return new EmbeddedStore(proxy, blobStore, accessKey, secretKey,
        URI.create("http://127.0.0.1:" + proxy.getPort()));
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public URI endpoint() {
    return endpoint;
  }

  public int port() {
    return proxy.getPort();
  }

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      // stopping a proxy that failed half-way: nothing left to do
    }
    blobStore.close();
  }

  @Override
  public String toString() {
    return "EmbeddedStore[" + endpoint + ", accessKey=" + accessKey + ", secretKey=(hidden)]";
  }
}

package dev.digitwhisk.action.testing;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An https server on loopback with a certificate that keytool makes for "localhost" (no trust store
 * knows it), answering {@code /digit.png} with {@link #PNG}: for the TLS paths of the fetch.
 */
public final class LocalHttpsServer implements AutoCloseable {
  /** PNG magic bytes and little else: enough for the fetcher's image check. */
  public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
  private static final char[] PASSWORD = "changeit".toCharArray();

  private final HttpsServer server;
  private final KeyStore keyStore;

  private LocalHttpsServer(HttpsServer server, KeyStore keyStore) {
    this.server = server;
    this.keyStore = keyStore;
  }

  public static LocalHttpsServer start() throws IOException, GeneralSecurityException, InterruptedException {
    KeyStore keyStore = selfSigned();
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext("/digit.png", exchange -> {
      exchange.sendResponseHeaders(200, PNG.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(PNG);
      }
    });
    server.start();
    return new LocalHttpsServer(server, keyStore);
  }

  private static KeyStore selfSigned() throws IOException, GeneralSecurityException, InterruptedException {
    Path dir = Files.createTempDirectory("local-https");
    Path file = dir.resolve("localhost.p12");
    try {
      Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
          "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
          "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
          "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
          .redirectErrorStream(true).start();
      String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IOException("keytool failed: " + output);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, PASSWORD);
      }
      return store;
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** {@code https://host:port/digit.png}; the certificate matches only the host "localhost". */
  public URI uri(String host) {
    return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/digit.png");
  }

  /** A TLS context that trusts this server's certificate. */
  public SSLContext trustingContext() throws GeneralSecurityException {
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keyStore);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package dev.digitwhisk.action.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deferred TLS context over real TLS on loopback, with a certificate made by keytool for "localhost". */
class DeferredTlsContextTest {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

  @TempDir static Path dir;
  private static KeyStore keyStore;
  private static HttpsServer server;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    Path file = dir.resolve("localhost.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
        "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
    keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      keyStore.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore, PASSWORD);
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
    server.createContext("/digit.png", exchange -> {
      exchange.sendResponseHeaders(200, PNG.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(PNG);
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void imageFetcher_refusesAServerTheDefaultTrustStoreDoesNotTrust() {
    try (ImageFetcher fetcher = new ImageFetcher(FetchPolicy.defaults())) {
      assertThatThrownBy(() -> fetcher.fetch(uri("localhost"), Duration.ofSeconds(10)))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("The TLS connection to https://localhost:" + server.getAddress().getPort())
          .satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(502));
    }
  }

  @Test
  void setsUpItsContextOnTheFirstTlsConnectionOnly_andKeepsTheHostNameCheck() throws Exception {
    AtomicInteger built = new AtomicInteger();
    SSLContext deferred = DeferredTlsContext.deferring(() -> {
      built.incrementAndGet();
      return trusting(keyStore);
    });
    try (HttpClient client = HttpClient.newBuilder().sslContext(deferred).sslParameters(DeferredTlsContext.parameters())
        .version(HttpClient.Version.HTTP_1_1).build()) {
      assertThat(built).as("building the client must not set up TLS").hasValue(0);

      assertThat(get(client, uri("localhost")).body()).isEqualTo(PNG);
      assertThat(get(client, uri("localhost")).statusCode()).isEqualTo(200);
      assertThat(built).hasValue(1);

      // The certificate names "localhost", not the address: endpoint identification must refuse it.
      assertThatThrownBy(() -> get(client, uri("127.0.0.1"))).isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void httpClient_carriesTheDeferredContextAndUnsetParameters() {
    try (HttpClient client = DeferredTlsContext.httpClient().build()) {
      assertThat(client.sslContext()).isInstanceOf(DeferredTlsContext.class);
      assertThat(client.sslParameters().getProtocols()).isNull();
      assertThat(client.sslParameters().getCipherSuites()).isNull();
    }
  }

  @Test
  void negotiatesWhatTheDefaultContextWould() throws Exception {
    SSLContext deferred = DeferredTlsContext.deferringDefault();
    SSLContext platform = SSLContext.getDefault();

    SSLEngine ours = deferred.createSSLEngine("example.org", 443);
    SSLEngine theirs = platform.createSSLEngine("example.org", 443);
    ours.setSSLParameters(DeferredTlsContext.parameters());

    assertThat(ours.getEnabledProtocols()).containsExactly(theirs.getEnabledProtocols());
    assertThat(ours.getEnabledCipherSuites()).containsExactly(theirs.getEnabledCipherSuites());
    assertThat(deferred.getDefaultSSLParameters().getProtocols()).containsExactly(platform.getDefaultSSLParameters().getProtocols());
    assertThatThrownBy(() -> deferred.init(null, null, null)).isInstanceOf(java.security.KeyManagementException.class);
  }

  private static SSLContext trusting(KeyStore store) {
    try {
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<byte[]> get(HttpClient client, URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static URI uri(String host) {
    return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/digit.png");
  }
}

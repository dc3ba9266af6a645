package dev.digitwhisk.action.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.action.testing.LocalHttpsServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deferred TLS context over real TLS on loopback, with a certificate made by keytool for "localhost". */
class DeferredTlsContextTest {
  private static LocalHttpsServer server;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    server = LocalHttpsServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void setsUpItsContextOnTheFirstTlsConnectionOnly_andKeepsTheHostNameCheck() throws Exception {
    AtomicInteger built = new AtomicInteger();
    SSLContext deferred = DeferredTlsContext.deferring(() -> {
      built.incrementAndGet();
      return trusting();
    });
    try (HttpClient client = HttpClient.newBuilder().sslContext(deferred).sslParameters(DeferredTlsContext.parameters())
        .version(HttpClient.Version.HTTP_1_1).build()) {
      assertThat(built).as("building the client must not set up TLS").hasValue(0);

      assertThat(get(client, server.uri("localhost")).body()).isEqualTo(LocalHttpsServer.PNG);
      assertThat(get(client, server.uri("localhost")).statusCode()).isEqualTo(200);
      assertThat(built).hasValue(1);

      // The certificate names "localhost", not the address: endpoint identification must refuse it.
      assertThatThrownBy(() -> get(client, server.uri("127.0.0.1"))).isInstanceOf(SSLHandshakeException.class);
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

  private static SSLContext trusting() {
    try {
      return server.trustingContext();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<byte[]> get(HttpClient client, URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}

package dev.digitwhisk.action.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.action.testing.LocalHttpsServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fetcher's TLS is the JDK default's: a certificate no trust store knows is refused, as the store's failure. */
class ImageFetcherTlsTest {
  @Test
  void refusesAServerTheDefaultTrustStoreDoesNotTrust() throws Exception {
    try (LocalHttpsServer server = LocalHttpsServer.start(); ImageFetcher fetcher = new ImageFetcher(FetchPolicy.defaults())) {
      assertThatThrownBy(() -> fetcher.fetch(server.uri("localhost"), Duration.ofSeconds(10)))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("The TLS connection to https://localhost:" + server.uri("localhost").getPort())
          .satisfies(e -> assertThat(((FetchException) e).code()).isEqualTo(502));
    }
  }
}

package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wait before retrying a 429 or 503. OpenWhisk's controller never sends {@code Retry-After}; a
 * gateway or proxy in front of it may, so the header is read from a real answer of a loopback server.
 */
class BackoffTest {
  static HttpServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // Answers 429 with the Retry-After named in the query (none for an empty query).
    server.createContext("/", exchange -> {
      try (exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null && !query.isEmpty()) {
          exchange.getResponseHeaders().set("Retry-After", query);
        }
        exchange.sendResponseHeaders(429, -1);
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static HttpResponse<Void> throttled(String retryAfter) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/?" + retryAfter);
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
  }

  @ParameterizedTest(name = "Retry-After \"{0}\" on attempt {1} → {2}..{3} ms")
  @CsvSource(delimiter = '|', value = {
      "3                             | 1 | 3000  | 3000",
      "0                             | 4 | 0     | 0",
      "600                           | 1 | 20000 | 20000",
      "''                            | 1 | 100   | 200",
      "''                            | 3 | 400   | 800",
      "Wed, 21 Oct 2015 07:28:00 GMT | 1 | 100   | 200",
  })
  void honoursRetryAfterSecondsElseBacksOffWithJitter(String retryAfter, int attempt, long least, long most) throws Exception {
    HttpResponse<Void> response = throttled(retryAfter.replace(" ", "%20").replace(",", "%2C"));
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After").isPresent()).isEqualTo(!retryAfter.isEmpty());

    assertThat(Backoff.delayMillis(attempt, response)).isBetween(least, most);
  }
}

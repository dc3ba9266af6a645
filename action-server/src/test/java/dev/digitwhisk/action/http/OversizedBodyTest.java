package dev.digitwhisk.action.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.model.DigitClassifier;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body over the cap gets its 413 every time. The server used to close the connection with the
 * rest of the body unread, and the kernel's reset then lost the answer for about 4 % of 2 MiB posts.
 */
class OversizedBodyTest {
  private static DigitClassifier classifier;
  private static ActionServer server;
  private static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    classifier = DigitClassifier.loadDefault();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    server = ActionServer.start(ActionServerConfig.builder().classifier(classifier).out(quiet).err(quiet).build());
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    http.close();
    server.close();
    classifier.close();
  }

  @Test
  void aTwoMebibyteBody_isAnsweredWith413_everyTime() throws Exception {
    String big = "{\"value\":{\"image\":\"" + "A".repeat(2 << 20) + "\"}}";
    List<String> lost = new ArrayList<>();
    int answered = 0;
    for (int i = 0; i < 150; i++) {
      try {
        HttpResponse<String> response = post(big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"res\":-1").contains("larger than");
        answered++;
        assertThat(post("{}").statusCode()).as("a small activation on the next connection").isEqualTo(200);
      } catch (java.io.IOException e) {
        lost.add(i + ": " + e.getMessage());
      }
    }
    assertThat(lost).as("posts whose answer was lost").isEmpty();
    assertThat(answered).isEqualTo(150);
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/run"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

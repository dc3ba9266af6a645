package dev.digitwhisk.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.model.DigitClassifier;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Concurrent activations on loopback for a bounded time (system property
 * {@code digitwhisk.load.seconds}, 30 s by default in the build, 10 s when run alone), by URL and
 * inline: not one may fail. The figures it prints are for a human; speed is measured by the
 * benchmark in {@code bench/}, not asserted here.
 */
@Tag("slow")
class LoadTest {
  private static final int CLIENTS = 8;

  @Test
  void concurrentRuns_forABoundedTime_haveNoErrors() throws Exception {
    int seconds = Integer.getInteger("digitwhisk.load.seconds", 10);
    byte[] png = TestImages.png();
    String inline = "{\"value\":{\"image\":\"" + Base64.getEncoder().encodeToString(TestImages.stroke("jpeg", 200)) + "\"}}";
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (DigitClassifier classifier = DigitClassifier.loadDefault();
         ImageServer store = ImageServer.start().bytes("/digit.png", png);
         ActionServer server = ActionServer.start(ActionServerConfig.builder().classifier(classifier).out(quiet).err(quiet).build());
         ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
      String byUrl = "{\"value\":{\"url\":\"" + store.url("/digit.png?X-Amz-Signature=x") + "\"},\"activation_id\":\"load\"}";
      long until = System.nanoTime() + seconds * 1_000_000_000L;
      AtomicInteger errors = new AtomicInteger();
      List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
      List<Future<List<Long>>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          List<Long> latencies = new ArrayList<>();
          try (ActionClient http = new ActionClient(server.baseUri())) {
            for (int i = 0; System.nanoTime() < until; i++) {
              long t = System.nanoTime();
              ActionClient.Answer answer = http.post("/run", (i + client) % 10 == 0 ? inline : byUrl);
              latencies.add(System.nanoTime() - t);
              if (answer.status() != 200 || answer.code() != 200 || answer.res() < 0) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) {
                  firstErrors.add(answer.status() + " " + answer.text());
                }
              }
            }
          }
          return latencies;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : clients) {
        all.addAll(f.get());
      }
      Collections.sort(all);
      System.out.printf("load: %d activations in %d s with %d clients = %.0f/s; p50 %.2f ms, p99 %.2f ms, errors %d%n",
          all.size(), seconds, CLIENTS, all.size() / (double) seconds, all.get(all.size() / 2) / 1e6,
          all.get((int) (all.size() * 0.99)) / 1e6, errors.get());
      assertThat(firstErrors).isEmpty();
      assertThat(errors.get()).isZero();
      assertThat(all).hasSizeGreaterThan(CLIENTS);
    }
  }
}

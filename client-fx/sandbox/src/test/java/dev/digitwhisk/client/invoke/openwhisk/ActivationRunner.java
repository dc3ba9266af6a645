package dev.digitwhisk.client.invoke.openwhisk;

import dev.digitwhisk.client.invoke.openwhisk.ContainerPool.Container;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invoker's part: take a warm container of the action or start a cold one ({@code /init}
 * once), then {@code /run} with the full activation body, one activation per container at a time,
 * and write the activation record (status, result, annotations {@code waitTime}, {@code initTime}
 * on cold starts, {@code timeout}, {@code kind}, {@code path}, {@code limits}).
 */
final class ActivationRunner implements AutoCloseable {
  // How long the log collection waits for the sentinel (DockerCliLogStore gives its docker logs command 2 s).
  private static final Duration LOG_WAIT = Duration.ofSeconds(2);

  private final ContainerPool pool;
  private final URI apiHost;
  private final String apiKey;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, ConcurrentLinkedDeque<Container>> warm = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "standin-invoker");
    t.setDaemon(true);
    return t;
  });
  final AtomicInteger initCalls = new AtomicInteger();
  final AtomicInteger runCalls = new AtomicInteger();
  volatile Duration runDelay = Duration.ZERO;
  /** The {@code value} of the latest {@code /run} body: the parameters the action was given. */
  volatile JsonNode lastRunValue;

  /** An invoker for the controller at {@code apiHost}, whose namespace's key is {@code apiKey} ({@code uuid:key}). */
  ActivationRunner(ContainerPool pool, URI apiHost, String apiKey) {
    this.pool = pool;
    this.apiHost = apiHost;
    this.apiKey = apiKey;
  }

  /**
   * An activation under way: {@code answered} completes with the record as the invoker's first ack carries
   * it (what a blocking invoke answers; no logs yet), {@code stored} with the record it then stores, with
   * the logs it collected (ContainerProxy.scala: the result ack, then the logs, then the store and the completion ack).
   */
  record Started(CompletableFuture<ObjectNode> answered, CompletableFuture<ObjectNode> stored) {}

  Started start(StandInAction action, JsonNode params, String activationId, long receivedMillis) {
    CompletableFuture<ObjectNode> answered = new CompletableFuture<>();
    CompletableFuture<ObjectNode> stored = CompletableFuture.supplyAsync(() -> {
      try {
        return run(action, params, activationId, receivedMillis, answered);
      } catch (RuntimeException | Error e) {
        answered.completeExceptionally(e);
        throw e;
      }
    }, executor);
    return new Started(answered, stored);
  }

  /** What one run left: its record (no logs) and the container it ran in (null: none). */
  private record Ran(ObjectNode record, Container container) {}

  private ObjectNode run(StandInAction action, JsonNode params, String activationId, long received,
      CompletableFuture<ObjectNode> answered) {
    ConcurrentLinkedDeque<Container> idle = warm.computeIfAbsent(action.namespace + "/" + action.name,
        k -> new ConcurrentLinkedDeque<>());
    Ran ran = runIn(idle.pollFirst(), action, params, activationId, received);
    answered.complete(ran.record());
    ObjectNode stored = ran.record().deepCopy();
    ArrayNode logs = stored.putArray("logs");
    if (ran.container() != null) {
      try {
        long start = ran.record().path("start").asLong();
        long end = ran.record().path("end").asLong();
        ran.container().output().activationLogs(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), LOG_WAIT)
            .forEach(logs::add);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // Only a success or an application error leaves the container warm; after a failed init, a run that
      // was not 200, a time limit or a system error it is destroyed (ContainerProxy.scala ActivationUnsuccessfulError).
      Outcome outcome = Outcome.of(ran.record());
      if (outcome == Outcome.SUCCESS || outcome == Outcome.APPLICATION) {
        idle.addFirst(ran.container());
      }
    }
    return stored;
  }

  private Ran runIn(Container warmContainer, StandInAction action, JsonNode params, String activationId, long received) {
    Container container = warmContainer;
    Long initTime = null;
    long start = System.currentTimeMillis();
    InvokerBodies.Context context = InvokerBodies.Context.of(action, apiKey, activationId, 0);
    try {
      if (container == null) {
        container = pool.start(apiHost);
        long t0 = System.currentTimeMillis();
        initCalls.incrementAndGet();
        HttpResponse<String> r = post(container.resolve("/init"),
            InvokerBodies.init(action.name, context.withDeadline(t0 + action.timeoutMillis())), Duration.ofSeconds(30));
        initTime = System.currentTimeMillis() - t0;
        if (r.statusCode() != 200) {
          ContainerAnswer failed = ContainerAnswer.ofFailedInit(r.body());
          return new Ran(record(action, activationId, start, received, initTime, failed.outcome(), failed.result(), false),
              container);
        }
      }
      long deadline = System.currentTimeMillis() + action.timeoutMillis();
      ObjectNode body = InvokerBodies.run(params, context.withDeadline(deadline));
      lastRunValue = body.path("value");
      runCalls.incrementAndGet();
      HttpResponse<String> r;
      try {
        slowAction(deadline);
        r = post(container.resolve("/run"), body, Duration.ofMillis(Math.max(1, deadline - System.currentTimeMillis())));
      } catch (HttpTimeoutException e) {
        return new Ran(record(action, activationId, start, received, initTime, Outcome.DEVELOPER, StandInJson.MAPPER
            .createObjectNode().put("error", "The action exceeded its time limits of " + action.timeoutMillis() + " milliseconds."),
            true), container);
      }
      ContainerAnswer answer = ContainerAnswer.ofRun(r.statusCode(), r.body());
      return new Ran(record(action, activationId, start, received, initTime, answer.outcome(), answer.result(), false),
          container);
    } catch (Exception e) {
      return new Ran(record(action, activationId, start, received, initTime, Outcome.WHISK,
          StandInJson.MAPPER.createObjectNode().put("error", "The action could not be run: " + e), false), null);
    }
  }

  /** The extra time a slow action takes; like the rest of {@code /run} it counts against the time limit. */
  private void slowAction(long deadline) throws InterruptedException, HttpTimeoutException {
    long delay = runDelay.toMillis();
    if (delay == 0) {
      return;
    }
    long left = deadline - System.currentTimeMillis();
    Thread.sleep(Math.max(0, Math.min(delay, left)));
    if (delay >= left) {
      throw new HttpTimeoutException("the action ran past its time limit");
    }
  }

  enum Outcome {
    SUCCESS("success", 0), APPLICATION("application error", 1), DEVELOPER("action developer error", 2), WHISK("whisk internal error", 3);

    final String status;
    final int code;

    Outcome(String status, int code) {
      this.status = status;
      this.code = code;
    }

    /** The outcome a record's {@code response.status} names; a text the controller does not write is an internal error. */
    static Outcome of(JsonNode record) {
      String status = record.path("response").path("status").asString();
      for (Outcome o : values()) {
        if (o.status.equals(status)) {
          return o;
        }
      }
      return WHISK;
    }
  }

  private ObjectNode record(StandInAction action, String id, long start, long received, Long initTime, Outcome outcome,
      JsonNode result, boolean timedOut) {
    long end = System.currentTimeMillis();
    ObjectNode r = StandInJson.MAPPER.createObjectNode();
    r.put("namespace", action.namespace);
    r.put("name", action.name);
    r.put("version", "0.0." + action.patch);
    r.put("subject", action.namespace);
    r.put("activationId", id);
    r.put("start", start);
    r.put("end", end);
    r.put("duration", end - start);
    // The controller's record has no statusCode (WhiskActivation.scala, ActivationResult.scala): the status text says it.
    ObjectNode response = r.putObject("response");
    response.put("status", outcome.status);
    response.put("success", outcome == Outcome.SUCCESS);
    response.set("result", result);
    r.putArray("logs"); // filled in once collected, for the stored record
    var annotations = r.putArray("annotations");
    annotations.addObject().put("key", "path").put("value", action.namespace + "/" + action.name);
    annotations.addObject().put("key", "waitTime").put("value", Math.max(0, start - received));
    annotations.addObject().put("key", "kind").put("value", "blackbox");
    annotations.addObject().put("key", "timeout").put("value", timedOut);
    annotations.addObject().put("key", "limits").set("value", action.limits.deepCopy());
    if (initTime != null) {
      annotations.addObject().put("key", "initTime").put("value", initTime);
    }
    r.put("publish", false);
    return r;
  }

  private HttpResponse<String> post(URI uri, JsonNode body, Duration timeout) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Forgets warm containers: the next activation of every action is cold. */
  void coolDown() {
    warm.clear();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}

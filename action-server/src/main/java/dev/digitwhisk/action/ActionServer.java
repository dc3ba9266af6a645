package dev.digitwhisk.action;

import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.action.classify.DigitPipeline;
import dev.digitwhisk.action.classify.ModelHolder;
import dev.digitwhisk.action.fetch.ImageFetcher;
import dev.digitwhisk.action.http.Endpoints;
import dev.digitwhisk.action.startup.StartupTrace;
import dev.digitwhisk.action.startup.WarmUp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OpenWhisk action runtime: {@code POST /init} and {@code POST /run} on the JDK's HttpServer.
 * {@link #start} returns as soon as the port listens; the model finishes loading meanwhile and the
 * first {@code /run} waits for it. In the container {@link #main} binds 0.0.0.0:$PORT (8080).
 */
public final class ActionServer implements AutoCloseable {
  static {
    // Small JSON answers on kept-alive connections must not wait for Nagle's algorithm.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final ImageFetcher fetcher;
  private final ModelHolder model;
  private final String host;

  private ActionServer(HttpServer server, ExecutorService executor, ImageFetcher fetcher, ModelHolder model, String host) {
    this.server = server;
    this.executor = executor;
    this.fetcher = fetcher;
    this.model = model;
    this.host = host;
  }

  /** Binds, starts serving and returns; fails only when the address cannot be bound. */
  public static ActionServer start(ActionServerConfig config) throws IOException {
    ModelHolder model = config.classifier() == null
        ? ModelHolder.loadInBackground(config.modelFile())
        : ModelHolder.of(config.classifier());
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
    } catch (IOException e) {
      model.close();
      throw e;
    }
    ExecutorService executor = executor(config.handlerThreads());
    ImageFetcher fetcher = new ImageFetcher(config.fetchPolicy());
    DigitPipeline pipeline = new DigitPipeline(fetcher, model, config.concurrentImages());
    Endpoints.install(server, pipeline, config.environment(), config.out(), config.err(),
        config.maxBodyBytes(), config.maxActivation());
    server.setExecutor(executor);
    server.start();
    StartupTrace.mark("listening");
    ActionServer started = new ActionServer(server, executor, fetcher, model, config.host());
    if (config.warmUp()) {
      WarmUp.startInBackground(model::get, started.baseUri());
    }
    return started;
  }

  /**
   * A fixed pool: OpenWhisk sends one {@code /run} at a time, but the sandbox and the load tests
   * send many; the queue holds waiting exchanges (not their bodies, which are read by a worker).
   */
  private static ExecutorService executor(int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(4096), r -> {
          Thread t = new Thread(r, "action-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Where to send requests: {@code http://host:port}, with a wildcard bind reached over loopback. */
  public URI baseUri() {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    if (shown.contains(":")) {
      shown = "[" + shown + "]";
    }
    return URI.create("http://" + shown + ":" + port());
  }

  /** Blocks until the model has loaded; false when it failed (each /run then answers 500 and says why). */
  public boolean awaitModel() throws InterruptedException {
    return model.awaitReady();
  }

  /** The model's card once it has loaded. */
  public java.util.Optional<dev.digitwhisk.model.ModelCard> modelCard() {
    return model.ifReady().map(dev.digitwhisk.model.DigitClassifier::card);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    fetcher.close();
    model.close();
  }

  /**
   * The container's entry point (see {@link ServerMain}); {@code --train} runs the class-data
   * training workload instead (see {@link ServerMain#train()}) and exits.
   */
  public static void main(String[] args) throws Exception {
    StartupTrace.mark("main");
    if (args.length > 0 && args[0].equals("--train")) {
      ServerMain.train();
      System.exit(0);
    }
    ServerMain.run(System.getenv());
  }
}

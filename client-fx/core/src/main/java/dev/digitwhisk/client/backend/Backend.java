package dev.digitwhisk.client.backend;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.StoreSettings;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActionInvokers;
import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.WorkflowOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opened connection: the object store, the action invoker and the workflow over them — to your
 * servers ({@link #open}) or to the embedded sandbox ({@link #sandbox()}: the {@link LocalStack} of
 * the installed {@link LocalStackProvider}), which starts in the background so a window can appear at once. {@link #ready()} completes when it can classify.
 * {@link #close()} closes the clients and stops the sandbox.
 */
public final class Backend implements AutoCloseable {
  // Looked up lazily: initialising logging costs hundreds of milliseconds, which must not delay a window.
  private static Logger log() {
    return LoggerFactory.getLogger(Backend.class);
  }

  private final ClientSettings configured;
  private final CompletableFuture<Parts> parts;
  private volatile boolean closed;

  private record Parts(ClientSettings effective, Optional<LocalStack> sandbox, ObjectStore store, ActionInvoker invoker,
      ClassificationWorkflow workflow) {}

  private Backend(ClientSettings configured, CompletableFuture<Parts> parts) {
    this.configured = configured;
    this.parts = parts;
  }

  /**
   * Your servers as configured, or the sandbox when the settings say so. Returns at once: the
   * clients are built on a background thread (loading the S3 and HTTP stacks takes a moment).
   */
  public static Backend open(ClientSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (settings.sandbox()) {
      return sandbox(settings);
    }
    return new Backend(settings, inBackground(() -> connect(settings, Optional.empty())));
  }

  /** The embedded sandbox with default expiry and timeout, starting in the background. */
  public static Backend sandbox() {
    return sandbox(ClientSettings.sandboxDefaults());
  }

  /**
   * The embedded sandbox, keeping {@code settings}' expiry and timeout, starting in the background;
   * {@link #workflow()} fails with a {@link ClientException} when no sandbox is installed.
   */
  public static Backend sandbox(ClientSettings settings) {
    return new Backend(settings, inBackground(() -> {
      LocalStack sandbox = LocalStackProvider.find().start();
      try {
        ClientSettings effective = settings.forServers(sandbox.storeSettings(), sandbox.invokeSettings());
        Parts p = connect(effective, Optional.of(sandbox));
        p.store().ensureBucket();
        return p;
      } catch (Exception | Error e) {
        sandbox.close();
        throw e;
      }
    }));
  }

  @FunctionalInterface
  private interface Start {
    Parts run() throws Exception;
  }

  private static CompletableFuture<Parts> inBackground(Start start) {
    CompletableFuture<Parts> parts = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        parts.complete(start.run());
      } catch (Throwable e) {
        parts.completeExceptionally(e);
      }
    }, "digitwhisk-backend-start");
    t.setDaemon(true);
    t.start();
    return parts;
  }

  private static Parts connect(ClientSettings settings, Optional<LocalStack> sandbox) {
    StoreSettings store = settings.store().orElseThrow();
    InvokeSettings invoke = settings.invoke().orElseThrow();
    ObjectStore objectStore = ObjectStore.open(store, sandbox.isEmpty());
    ActionInvoker invoker = ActionInvokers.create(invoke);
    WorkflowOptions options = WorkflowOptions.defaults().withPresignExpiry(settings.presignExpiry())
        .withInvokeTimeout(settings.invokeTimeout()).withPerActivation(settings.perActivation());
    return new Parts(settings, sandbox, objectStore, invoker, new ClassificationWorkflow(objectStore, invoker, options));
  }

  /** Completes with the workflow once the backend can classify (at once for your servers). */
  public CompletableFuture<ClassificationWorkflow> ready() {
    return parts.thenApply(Parts::workflow);
  }

  /** The workflow; for the sandbox this waits until it has started. */
  public ClassificationWorkflow workflow() throws ClientException, InterruptedException {
    return parts().workflow();
  }

  private Parts parts() throws ClientException, InterruptedException {
    if (closed) {
      throw new ClientException(FailureKind.INTERNAL, "This connection has been closed.", "Open a new one.");
    }
    try {
      return parts.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ClientException ce) {
        throw ce;
      }
      throw new ClientException(FailureKind.INTERNAL, "The backend could not start: " + cause, "Restart DigitWhisk.", cause);
    }
  }

  public boolean isSandbox() {
    return configured.sandbox();
  }

  /** The settings given to {@link #open}. */
  public ClientSettings settings() {
    return configured;
  }

  /** The settings really in use: for the sandbox its endpoint, keys and action URL (waits until started). */
  public ClientSettings effectiveSettings() throws ClientException, InterruptedException {
    return parts().effective();
  }

  /** The sandbox, once started (empty for your servers). */
  public Optional<LocalStack> sandboxHandle() throws ClientException, InterruptedException {
    return parts().sandbox();
  }

  /** E.g. "Local sandbox" or "MinIO at http://host:9000 (bucket digitwhisk) + OpenWhisk REST at …". */
  public String describe() {
    if (configured.sandbox()) {
      return parts.isDone() && !parts.isCompletedExceptionally() ? "Local sandbox (S3Proxy "
          + Redaction.url(parts.join().store().settings().endpoint()) + " + action "
          + Redaction.url(parts.join().invoker().endpoint()) + ")" : "Local sandbox (starting)";
    }
    StoreSettings s = configured.store().orElseThrow();
    return "MinIO at " + Redaction.url(s.endpoint()) + " (bucket " + s.bucket() + ") + "
        + ActionInvokers.create(configured.invoke().orElseThrow()).describe();
  }

  /** Checks each piece; never throws for a server problem (that is a failed check). */
  public ConnectionCheck test() throws InterruptedException {
    Parts p;
    try {
      p = parts();
    } catch (ClientException e) {
      return new ConnectionCheck(describe(), List.of(new ConnectionCheck.Check("Backend started",
          ConnectionCheck.Verdict.FAIL, e.getMessage(), e.whatToDo())));
    }
    List<ConnectionCheck.Check> checks = new ConnectionChecker(p.workflow(), p.effective().invoke().orElseThrow(),
        ActionInvokers.newHttpClient()).run();
    return new ConnectionCheck(describe(), checks);
  }

  @Override
  public void close() {
    closed = true;
    parts.whenComplete((p, error) -> {
      if (p != null) {
        p.workflow().close();
        p.invoker().close();
        p.store().close();
        p.sandbox().ifPresent(LocalStack::close);
        log().debug("Closed {}", configured.sandbox() ? "the sandbox" : "the connection");
      }
    });
  }
}

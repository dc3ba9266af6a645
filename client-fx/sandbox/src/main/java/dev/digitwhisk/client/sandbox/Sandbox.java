package dev.digitwhisk.client.sandbox;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.client.backend.LocalStack;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.StoreSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack a fresh machine uses: {@link EmbeddedStore} (S3Proxy) and the action server,
 * both in-process on 127.0.0.1 with ephemeral ports; the action is called directly
 * ({@code /init}, then {@code /run}). The action's activation sentinels go nowhere instead of
 * into the user's terminal.
 */
public final class Sandbox implements LocalStack {
  private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
  public static final String BUCKET = "digitwhisk";
  /**
   * ONNX Runtime (the action) reads this while loading its native library: seen here, 1.29 kills the
   * JVM (SIGSEGV, no hs_err file) in {@code OrtEnvironment.getEnvironment} unless it is set. Java cannot
   * set it for its own process, so the launchers must (the window starts itself once more with it).
   */
  private static final String ONNX_RUNTIME_VARIABLE = "ORT_DISABLE_TELEMETRY";

  private final EmbeddedStore store;
  private final ActionServer action;

  private Sandbox(EmbeddedStore store, ActionServer action) {
    this.store = store;
    this.action = action;
  }

  /** Starts both with the shipped model, warmed up in the background. */
  public static Sandbox start() throws SandboxException {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    return start(ActionServerConfig.builder().out(nowhere).err(nowhere).warmUp(true).build());
  }

  /** Starts both; {@code actionConfig} must bind loopback (tests pass their own). */
  public static Sandbox start(ActionServerConfig actionConfig) throws SandboxException {
    long t0 = System.nanoTime();
    if (System.getenv(ONNX_RUNTIME_VARIABLE) == null) {
      LOG.warn("{} is not set; ONNX Runtime may crash this process while it starts. Launch DigitWhisk with "
          + "{}=1 in the environment.", ONNX_RUNTIME_VARIABLE, ONNX_RUNTIME_VARIABLE);
    }
    EmbeddedStore store;
    try {
      store = EmbeddedStore.start();
    } catch (Exception e) {
      throw new SandboxException("The local object store (S3Proxy) could not start: " + e.getMessage(), e);
    }
    try {
      ActionServer action = ActionServer.start(actionConfig);
      LOG.info("Sandbox up in {} ms: store {}, action {}", (System.nanoTime() - t0) / 1_000_000, store.endpoint(),
          action.baseUri());
      return new Sandbox(store, action);
    } catch (Exception | LinkageError e) {
      store.close();
      throw new SandboxException("The local action server could not start: " + e.getMessage(), e);
    }
  }

  public EmbeddedStore store() {
    return store;
  }

  @Override
  public StoreSettings storeSettings() {
    return new StoreSettings(store.endpoint(), store.accessKey(), store.secretKey(), BUCKET, null);
  }

  @Override
  public InvokeSettings invokeSettings() {
    return InvokeSettings.url(InvokeMode.DIRECT, action.baseUri());
  }

  public URI actionUrl() {
    return action.baseUri();
  }

  /** Blocks until the model is loaded; false when it failed to load. */
  public boolean awaitModel() throws InterruptedException {
    return action.awaitModel();
  }

  @Override
  public boolean awaitReady() throws InterruptedException {
    return awaitModel();
  }

  public Optional<dev.digitwhisk.model.ModelCard> modelCard() {
    return action.modelCard();
  }

  @Override
  public void close() {
    try {
      action.close();
    } finally {
      store.close();
    }
  }

  @Override
  public String toString() {
    return "Sandbox[store " + store.endpoint() + ", action " + action.baseUri() + "]";
  }
}

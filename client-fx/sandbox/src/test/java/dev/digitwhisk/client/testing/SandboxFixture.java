package dev.digitwhisk.client.testing;

import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.invoke.ActionInvoker;
import dev.digitwhisk.client.invoke.ActionInvokers;
import dev.digitwhisk.client.sandbox.Sandbox;
import dev.digitwhisk.client.upload.ObjectStore;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.WorkflowOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * The real sandbox for tests (S3Proxy + the action server on loopback) with helpers to build
 * workflows over it and to count what is left in the bucket. Reused by client-cli and client-fx
 * tests through the test-jar.
 */
public final class SandboxFixture implements AutoCloseable {
  private final Sandbox sandbox;
  private final ObjectStore store;

  private SandboxFixture(Sandbox sandbox) throws Exception {
    this.sandbox = sandbox;
    this.store = ObjectStore.open(sandbox.storeSettings(), false);
    store.ensureBucket();
  }

  /** Starts the sandbox and waits until the model has loaded. */
  public static SandboxFixture start() throws Exception {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    Sandbox sandbox = Sandbox.start(ActionServerConfig.builder().out(nowhere).err(nowhere).build());
    if (!sandbox.awaitModel()) {
      sandbox.close();
      throw new IllegalStateException("the action server's model did not load");
    }
    return new SandboxFixture(sandbox);
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** A store client of the fixture's own (closed with the fixture). */
  public ObjectStore store() {
    return store;
  }

  /** Settings another client (the CLI, the app) can use to reach this sandbox. */
  public ClientSettings settings() {
    return ClientSettings.sandboxDefaults().forServers(sandbox.storeSettings(), sandbox.invokeSettings());
  }

  /** A direct invoker to the action server (the caller closes it). */
  public ActionInvoker directInvoker() {
    return ActionInvokers.create(sandbox.invokeSettings());
  }

  /** A workflow over this sandbox with {@code invoker} (the caller closes both). */
  public ClassificationWorkflow workflow(ActionInvoker invoker, WorkflowOptions options) {
    return new ClassificationWorkflow(ObjectStore.open(sandbox.storeSettings(), false), invoker, options);
  }

  /** The names of all objects in the sandbox's bucket. */
  public List<String> objects() throws Exception {
    return store.list(10_000);
  }

  @Override
  public void close() {
    store.close();
    sandbox.close();
  }
}

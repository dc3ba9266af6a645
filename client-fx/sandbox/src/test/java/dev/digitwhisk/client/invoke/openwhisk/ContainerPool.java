package dev.digitwhisk.client.invoke.openwhisk;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.model.DigitClassifier;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * "Containers" for the stand-in: each one a real {@link ActionServer} on loopback, as the invoker
 * would start a fresh container of the action's image. They share one loaded classifier so a cold
 * start costs what the server's own start costs, not a model load per container.
 */
public final class ContainerPool implements AutoCloseable {
  private final DigitClassifier classifier;
  private final List<ActionServer> started = new CopyOnWriteArrayList<>();

  public ContainerPool() throws Exception {
    this.classifier = DigitClassifier.loadDefault();
  }

  /** Starts a fresh container and answers its base URL (not yet initialised). */
  public URI start() throws Exception {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    ActionServer server = ActionServer.start(ActionServerConfig.builder().classifier(classifier).out(nowhere).err(nowhere).build());
    started.add(server);
    return server.baseUri();
  }

  /** Stops every container (the next activation is cold again). */
  public void stopAll() {
    for (ActionServer s : started) {
      s.close();
    }
    started.clear();
  }

  public int containersStarted() {
    return started.size();
  }

  @Override
  public void close() throws Exception {
    stopAll();
    classifier.close();
  }
}

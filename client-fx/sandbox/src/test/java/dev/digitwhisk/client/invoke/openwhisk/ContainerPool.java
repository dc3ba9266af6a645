package dev.digitwhisk.client.invoke.openwhisk;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.action.fetch.FetchPolicy;
import dev.digitwhisk.model.DigitClassifier;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * "Containers" for the stand-in: each one a real {@link ActionServer} on loopback, as the invoker
 * would start a fresh container of the action's image, with {@code __OW_API_HOST} in its environment
 * (DockerContainerFactory.scala) and its own stdout and stderr. They share one loaded classifier so a cold
 * start costs what the server's own start costs, not a model load per container. Unless they are on the
 * host's network, they do not reach its loopback ({@link BridgeNetwork}).
 */
final class ContainerPool implements AutoCloseable {
  /** A started container: where its action server listens, and what it printed. */
  record Container(URI baseUri, ContainerOutput output) {
    URI resolve(String path) {
      return baseUri.resolve(path);
    }
  }

  private final DigitClassifier classifier;
  private final List<ActionServer> started = new CopyOnWriteArrayList<>();
  private final BridgeNetwork bridge;

  ContainerPool(boolean hostNetwork) throws Exception {
    this.bridge = hostNetwork ? null : new BridgeNetwork();
    this.classifier = DigitClassifier.loadDefault();
  }

  /** Starts a fresh container (not yet initialised) that the controller at {@code apiHost} started. */
  Container start(URI apiHost) throws Exception {
    ContainerOutput output = new ContainerOutput();
    ActionServer server = ActionServer.start(ActionServerConfig.builder().classifier(classifier)
        .fetchPolicy(FetchPolicy.defaults().withProxy(bridge)).environment(Map.of("__OW_API_HOST", apiHost.toString()))
        .out(output.stdout).err(output.stderr).build());
    started.add(server);
    return new Container(server.baseUri(), output);
  }

  /** Stops every container (the next activation is cold again). */
  void stopAll() {
    for (ActionServer s : started) {
      s.close();
    }
    started.clear();
  }

  int containersStarted() {
    return started.size();
  }

  @Override
  public void close() throws Exception {
    stopAll();
    classifier.close();
    if (bridge != null) {
      bridge.close();
    }
  }
}

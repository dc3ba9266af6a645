package dev.digitwhisk.client.invoke.openwhisk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * What an action container on Docker's bridge network sees of the host: everything but its loopback.
 * Inside the container 127.0.0.1 and localhost are the container itself, where nothing serves the
 * object store, so a presigned URL that names them is refused there. The stand-in's containers are
 * in-process, so their fetches of loopback URLs are routed to a port that is bound but never listens:
 * the connection is refused, and the action reports it as it would in a container.
 */
final class BridgeNetwork extends ProxySelector implements AutoCloseable {
  private final Socket reserved = new Socket();
  private final Proxy refusing;

  BridgeNetwork() throws IOException {
    // A bound socket that does not listen keeps the port taken and answers connections with a reset.
    reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    refusing = new Proxy(Proxy.Type.HTTP, reserved.getLocalSocketAddress());
  }

  @Override
  public List<Proxy> select(URI uri) {
    return List.of(isLoopback(uri.getHost()) ? refusing : Proxy.NO_PROXY);
  }

  private static boolean isLoopback(String host) {
    if (host == null || host.toLowerCase(Locale.ROOT).equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void connectFailed(URI uri, SocketAddress proxy, IOException failure) {
    // Nothing to learn: the refusal is the point.
  }

  @Override
  public void close() throws IOException {
    reserved.close();
  }
}

package dev.digitwhisk.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback in front of a real server, for fault tests: it can add latency to
 * every new connection, go {@link #down()} (port closed, open connections cut: the server "dies")
 * and come {@link #up()} again on the same port.
 */
public final class FaultyProxy implements AutoCloseable {
  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;
  private Thread acceptor;
  private volatile Duration delay = Duration.ZERO;

  private FaultyProxy(InetSocketAddress target, ServerSocket listener) {
    this.target = target;
    this.listener = listener;
    this.port = listener.getLocalPort();
    acceptLoop(listener);
  }

  /** Forwards to {@code target}'s host and port. */
  public static FaultyProxy to(URI target) throws IOException {
    return new FaultyProxy(new InetSocketAddress(target.getHost(), target.getPort()), bind(0));
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    return s;
  }

  /** The same URL, host and port replaced by this proxy's. */
  public URI uri(URI original) {
    return URI.create(original.getScheme() + "://127.0.0.1:" + port
        + (original.getRawPath() == null ? "" : original.getRawPath()));
  }

  public int port() {
    return port;
  }

  /** Every new connection waits this long before it is forwarded. */
  public void delay(Duration delay) {
    this.delay = delay;
  }

  /** Closes the port and cuts every open connection: when this returns, a new connection is refused. */
  public synchronized void down() throws IOException {
    ServerSocket l = listener;
    listener = null;
    if (l != null) {
      l.close();
      // While the acceptor is blocked in accept, the kernel keeps the port listening after close()
      // returns, and a connection made in that moment is accepted: wait until the acceptor has let go.
      try {
        acceptor.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while closing the port", e);
      }
    }
    for (Socket s : open) {
      s.close();
    }
    open.clear();
  }

  /** Listens again on the same port. */
  public synchronized void up() throws IOException {
    if (listener == null) {
      listener = bind(port);
      acceptLoop(listener);
    }
  }

  private void acceptLoop(ServerSocket l) {
    acceptor = new Thread(() -> {
      while (!l.isClosed()) {
        try {
          Socket client = l.accept();
          open.add(client);
          Thread.ofPlatform().daemon().start(() -> connect(client));
        } catch (IOException e) {
          return;
        }
      }
    }, "faulty-proxy-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void connect(Socket client) {
    try {
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      Socket server = new Socket();
      server.connect(target, 5_000);
      open.add(server);
      Thread.ofPlatform().daemon().start(() -> pump(client, server));
      pump(server, client);
    } catch (IOException | InterruptedException e) {
      close(client);
    }
  }

  private void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // a side closed: close both below
    } finally {
      close(from);
      close(to);
    }
  }

  private void close(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    down();
  }
}

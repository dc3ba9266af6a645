package dev.digitwhisk.action.startup;

import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JDK's default TLS context, set up the first time a TLS connection is made instead of when the
 * HTTP client is built. Setting it up (security providers, the TLS engine's tables, ~150 CA
 * certificates) costs a cold JVM about 130 ms of CPU, while most activations fetch plain http from
 * a store beside the invoker; an https fetch pays it once. {@link #httpClient()} makes a client
 * builder with it. Every TLS decision (protocols, cipher suites, trust, host-name check) is the
 * default context's own.
 */
public final class DeferredTlsContext extends SSLContext {
  private DeferredTlsContext(Supplier<SSLContext> factory) {
    super(new Spi(factory), new Provider("DigitWhisk-deferred-TLS", "1", "the JDK's default TLS, set up on first use") {
      private static final long serialVersionUID = 1L;
    }, "Default");
  }

  /** An HTTP client builder whose TLS is the JDK's default context, set up on first use. */
  public static HttpClient.Builder httpClient() {
    return HttpClient.newBuilder().sslContext(deferringDefault()).sslParameters(parameters());
  }

  /** The JDK's default context ({@link SSLContext#getDefault()}), deferred. */
  static SSLContext deferringDefault() {
    return new DeferredTlsContext(DeferredTlsContext::platformDefault);
  }

  /** {@code factory}'s context, deferred: for tests that trust their own certificate. */
  static SSLContext deferring(Supplier<SSLContext> factory) {
    return new DeferredTlsContext(factory);
  }

  /**
   * Parameters that leave protocols and cipher suites unset: each engine keeps the defaults of the
   * context that made it, which are what {@code getDefaultSSLParameters()} would have listed. A
   * client given the context alone would ask it for those defaults at once.
   */
  static SSLParameters parameters() {
    return new SSLParameters();
  }

  private static SSLContext platformDefault() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime has no default TLS context: " + e.getMessage(), e);
    }
  }

  private static final class Spi extends SSLContextSpi {
    private final Supplier<SSLContext> factory;
    private volatile SSLContext context;

    Spi(Supplier<SSLContext> factory) {
      this.factory = factory;
    }

    private SSLContext context() {
      SSLContext current = context;
      if (current == null) {
        synchronized (this) {
          current = context;
          if (current == null) {
            current = factory.get();
            context = current;
          }
        }
      }
      return current;
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
      throw new KeyManagementException("the deferred default TLS context is initialised by the JDK");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return context().getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return context().getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return context().createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return context().createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return context().getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return context().getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return context().getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return context().getSupportedSSLParameters();
    }
  }
}

package dev.digitwhisk.action.fetch;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's default trust manager (the CA certificates of {@code cacerts}, or of
 * {@code javax.net.ssl.trustStore}), built the first time a certificate is checked instead of when
 * the HTTP client is made. Parsing the ~150 CA certificates costs a cold JVM about 45 ms of CPU,
 * and most activations fetch plain http from a store next to the invoker; an https fetch pays it
 * once. Every check is the default manager's own, endpoint identification included.
 */
final class DeferredTrustManager extends X509ExtendedTrustManager {
  private final Supplier<X509ExtendedTrustManager> factory;
  private volatile X509ExtendedTrustManager delegate;

  DeferredTrustManager() {
    this(DeferredTrustManager::platformDefault);
  }

  DeferredTrustManager(Supplier<X509ExtendedTrustManager> factory) {
    this.factory = factory;
  }

  /** A TLS context that trusts what the default one trusts, with the trust store read on first use. */
  static SSLContext tlsContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new DeferredTrustManager()}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has TLS", e);
    }
  }

  private X509ExtendedTrustManager delegate() {
    X509ExtendedTrustManager current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          current = factory.get();
          delegate = current;
        }
      }
    }
    return current;
  }

  private static X509ExtendedTrustManager platformDefault() {
    try {
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init((KeyStore) null);
      for (TrustManager tm : tmf.getTrustManagers()) {
        if (tm instanceof X509ExtendedTrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the default TrustManagerFactory has no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the trust store cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
    delegate().checkServerTrusted(chain, authType, engine);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    delegate().checkServerTrusted(chain, authType, socket);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate().checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
    delegate().checkClientTrusted(chain, authType, engine);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    delegate().checkClientTrusted(chain, authType, socket);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate().checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate().getAcceptedIssuers();
  }
}

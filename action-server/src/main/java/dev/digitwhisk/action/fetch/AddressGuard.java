package dev.digitwhisk.action.fetch;

import dev.digitwhisk.protocol.ErrorKind;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the action may connect to a URL's host. A presigned URL comes from whoever invokes
 * the action, so without this check it could read the cloud's instance-metadata service
 * (169.254.169.254 and friends) from inside the container. Blocked: link-local (169.254.0.0/16,
 * fe80::/10), the unspecified and multicast addresses, and the known metadata names and addresses.
 * Loopback and private networks stay reachable (the object store usually lives there). The check
 * runs for every redirect hop; a DNS answer that changes between this check and the connection
 * (rebinding) is not caught, which a network policy around the invoker must cover.
 */
final class AddressGuard {
  private static final Set<String> METADATA_NAMES =
      Set.of("metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal");
  private static final Set<String> METADATA_ADDRESSES =
      Set.of("100.100.100.200", "fd00:ec2:0:0:0:0:0:254");

  private final boolean blockLinkLocal;

  AddressGuard(boolean blockLinkLocal) {
    this.blockLinkLocal = blockLinkLocal;
  }

  /** Throws unless {@code uri} is an http(s) URL whose host may be fetched from. */
  void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(ErrorKind.BAD_REQUEST, "Only http and https URLs can be fetched, not '"
          + (scheme.isEmpty() ? UrlRedactor.redact(uri) : scheme + ":") + "'.");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(ErrorKind.BAD_REQUEST, "The URL " + UrlRedactor.redact(uri) + " names no host.");
    }
    if (!blockLinkLocal) {
      return;
    }
    if (METADATA_NAMES.contains(host.toLowerCase(Locale.ROOT))) {
      throw blocked(uri, host);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(ErrorKind.UPSTREAM, "The host in " + UrlRedactor.redact(uri) + " cannot be found (DNS).", e);
    }
    for (InetAddress address : addresses) {
      if (isBlocked(address)) {
        throw blocked(uri, address.getHostAddress());
      }
    }
  }

  static boolean isBlocked(InetAddress address) {
    if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    if (address instanceof Inet6Address v6 && isMappedV4(v6.getAddress())) {
      byte[] b = v6.getAddress();
      return b[12] == (byte) 169 && b[13] == (byte) 254 || (b[12] | b[13] | b[14] | b[15]) == 0;
    }
    return address instanceof Inet4Address && address.getHostAddress().equals("100.100.100.200")
        || METADATA_ADDRESSES.contains(address.getHostAddress());
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  private static FetchException blocked(URI uri, String what) {
    return new FetchException(ErrorKind.FORBIDDEN, "The URL " + UrlRedactor.redact(uri) + " points at " + what
        + ", a link-local or cloud-metadata address this action never fetches from.");
  }
}

package dev.digitwhisk.client.config;

import dev.digitwhisk.protocol.Limits;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a client needs to classify: either the embedded sandbox, or a store plus a way to
 * reach the action. Built with {@link #builder()}, usually by {@link SettingsLoader}. {@code toString}
 * never shows secrets.
 *
 * @param sandbox true: start the embedded S3Proxy + action server and ignore store/invoke
 * @param store the object store (present unless sandbox)
 * @param invoke how to reach the action (present unless sandbox)
 * @param presignExpiry how long a presigned GET URL stays valid (short: minutes)
 * @param invokeTimeout how long one invocation may take, retries and polling included
 * @param perActivation the most images a batch sends to one activation (1 to {@link Limits#MAX_URLS})
 */
public record ClientSettings(
    boolean sandbox,
    Optional<StoreSettings> store,
    Optional<InvokeSettings> invoke,
    Duration presignExpiry,
    Duration invokeTimeout,
    int perActivation) {

  public static final Duration DEFAULT_PRESIGN_EXPIRY = Duration.ofMinutes(5);
  public static final Duration DEFAULT_INVOKE_TIMEOUT = Duration.ofSeconds(60);
  /** As many images per activation as the action takes: the fewest activations. */
  public static final int DEFAULT_PER_ACTIVATION = Limits.MAX_URLS;
  /** S3 refuses presigned URLs valid for longer than 7 days. */
  public static final Duration MAX_PRESIGN_EXPIRY = Duration.ofDays(7);

  public ClientSettings {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(invoke, "invoke");
    Objects.requireNonNull(presignExpiry, "presignExpiry");
    Objects.requireNonNull(invokeTimeout, "invokeTimeout");
    if (!sandbox && (store.isEmpty() || invoke.isEmpty())) {
      throw new IllegalArgumentException("settings for your own servers need both a store and an action");
    }
    if (presignExpiry.toSeconds() < 1 || presignExpiry.compareTo(MAX_PRESIGN_EXPIRY) > 0) {
      throw new IllegalArgumentException("the presigned URL expiry must be between 1 second and 7 days, not " + presignExpiry);
    }
    if (invokeTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("the invoke timeout must be positive, not " + invokeTimeout);
    }
    if (perActivation < 1 || perActivation > Limits.MAX_URLS) {
      throw new IllegalArgumentException(perActivationProblem(Integer.toString(perActivation)));
    }
  }

  /** Why {@code text} is no number of images per activation. */
  static String perActivationProblem(String text) {
    return SettingKey.INVOKE_PER_ACTIVATION.key() + " (images per activation) must be a whole number from 1 to "
        + Limits.MAX_URLS + " (the most the action classifies in one activation), not '" + text + "'";
  }

  /** The embedded sandbox with default expiry and timeout. */
  public static ClientSettings sandboxDefaults() {
    return new ClientSettings(true, Optional.empty(), Optional.empty(), DEFAULT_PRESIGN_EXPIRY, DEFAULT_INVOKE_TIMEOUT,
        DEFAULT_PER_ACTIVATION);
  }

  /** These settings with another store and action (used by the sandbox once it runs). */
  public ClientSettings forServers(StoreSettings newStore, InvokeSettings newInvoke) {
    return new ClientSettings(false, Optional.of(newStore), Optional.of(newInvoke), presignExpiry, invokeTimeout,
        perActivation);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    String timings = "presignExpiry=" + presignExpiry + ", invokeTimeout=" + invokeTimeout + ", perActivation=" + perActivation;
    return sandbox ? "ClientSettings[sandbox, " + timings + "]"
        : "ClientSettings[" + store.orElseThrow() + ", " + invoke.orElseThrow() + ", " + timings + "]";
  }

  /**
   * Flat parts as they come from flags, the environment or a file. Defaults: bucket
   * {@value StoreSettings#DEFAULT_BUCKET}, namespace {@code _}, action {@code mnist}, expiry 5 min,
   * timeout 60 s, 16 images per activation; the invoke mode follows from what is given (a URL or an API host). {@link #build()}
   * names every missing part in one message.
   */
  public static final class Builder {
    private Boolean sandbox;
    private String storeEndpoint;
    private boolean storeTls;
    private String accessKey;
    private String secretKey;
    private String bucket;
    private String region;
    private InvokeMode mode;
    private String apiHost;
    private String auth;
    private String namespace;
    private String action;
    private String url;
    private Duration presignExpiry = DEFAULT_PRESIGN_EXPIRY;
    private Duration invokeTimeout = DEFAULT_INVOKE_TIMEOUT;
    private int perActivation = DEFAULT_PER_ACTIVATION;

    private Builder() {}

    /** Force the sandbox (true) or your servers (false); unset: sandbox exactly when no store endpoint is given. */
    public Builder sandbox(Boolean sandbox) { this.sandbox = sandbox; return this; }
    /** {@code host:port} (TLS per {@link #storeTls}) or {@code http(s)://host:port}. */
    public Builder storeEndpoint(String endpoint) { this.storeEndpoint = endpoint; return this; }
    public Builder storeTls(boolean tls) { this.storeTls = tls; return this; }
    public Builder accessKey(String key) { this.accessKey = key; return this; }
    public Builder secretKey(String key) { this.secretKey = key; return this; }
    public Builder bucket(String bucket) { this.bucket = bucket; return this; }
    public Builder region(String region) { this.region = region; return this; }
    public Builder invokeMode(InvokeMode mode) { this.mode = mode; return this; }
    public Builder apiHost(String apiHost) { this.apiHost = apiHost; return this; }
    /** OpenWhisk's {@code uuid:key}. */
    public Builder auth(String auth) { this.auth = auth; return this; }
    public Builder namespace(String namespace) { this.namespace = namespace; return this; }
    public Builder action(String action) { this.action = action; return this; }
    /** The web-action, API-gateway or direct action URL. */
    public Builder url(String url) { this.url = url; return this; }
    public Builder presignExpiry(Duration expiry) { this.presignExpiry = expiry; return this; }
    public Builder invokeTimeout(Duration timeout) { this.invokeTimeout = timeout; return this; }
    public Builder perActivation(int images) { this.perActivation = images; return this; }

    public ClientSettings build() throws SettingsException {
      boolean useSandbox = sandbox != null ? sandbox : blank(storeEndpoint);
      if (useSandbox) {
        return new ClientSettings(true, Optional.empty(), Optional.empty(), presignExpiry, invokeTimeout, perActivation);
      }
      List<String> missing = new ArrayList<>();
      if (blank(storeEndpoint)) missing.add("the store endpoint (store.endpoint)");
      if (blank(accessKey)) missing.add("the store access key (store.access-key)");
      if (blank(secretKey)) missing.add("the store secret key (store.secret-key)");
      InvokeMode m = mode != null ? mode : inferMode();
      if (m == null) {
        missing.add("an action to call: an OpenWhisk API host (openwhisk.apihost) or an action URL (invoke.url)");
      } else if (m == InvokeMode.REST) {
        if (blank(apiHost)) missing.add("the OpenWhisk API host (openwhisk.apihost)");
        if (blank(auth)) missing.add("the OpenWhisk auth key uuid:key (openwhisk.auth)");
      } else if (blank(url) && !(m == InvokeMode.WEB && !blank(apiHost))) {
        missing.add("the " + m.id() + " URL (invoke.url)");
      }
      if (!missing.isEmpty()) {
        throw new SettingsException("To use your own servers, these settings are missing: " + String.join(", ", missing) + ".",
            "Set them (flags, DIGITWHISK_* environment variables or the config file), or remove store.endpoint to use the local sandbox.");
      }
      try {
        StoreSettings store = new StoreSettings(StoreSettings.endpoint(storeEndpoint, storeTls), accessKey, secretKey, bucket, region);
        Optional<URI> host = blank(apiHost) ? Optional.empty() : Optional.of(InvokeSettings.apiHost(apiHost));
        Optional<URI> target = blank(url) ? Optional.empty() : Optional.of(URI.create(url.trim()));
        InvokeSettings invoke = new InvokeSettings(m, host, Optional.ofNullable(auth), namespace, action, target);
        return new ClientSettings(false, Optional.of(store), Optional.of(invoke), presignExpiry, invokeTimeout, perActivation);
      } catch (IllegalArgumentException e) {
        throw new SettingsException("The settings are not valid: " + e.getMessage() + ".",
            "Fix the value named above.", e);
      }
    }

    private InvokeMode inferMode() {
      if (!blank(url)) {
        return SettingsLoader.guessMode(url);
      }
      return blank(apiHost) ? null : InvokeMode.REST;
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }
}

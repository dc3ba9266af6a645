package dev.digitwhisk.action;

import dev.digitwhisk.action.fetch.FetchPolicy;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.protocol.Limits;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How an {@link ActionServer} runs. {@code classifier} may be null: the server then loads the
 * shipped model itself, in the background while it starts listening, and closes it with itself.
 * A classifier passed in stays the caller's to close.
 *
 * @param host address to bind ("127.0.0.1" in-process, "0.0.0.0" in the container)
 * @param port port to bind, 0 for an ephemeral one
 * @param modelFile an .onnx file to load instead of the shipped model when {@code classifier} is null (may be null)
 * @param handlerThreads threads serving HTTP exchanges (OpenWhisk sends one /run at a time; the sandbox and load tests more)
 * @param concurrentImages images fetched and decoded at once, across all activations (bounds memory)
 * @param maxBodyBytes largest /init or /run body read (OpenWhisk's parameter limit is 1 MB; a little more is allowed for the envelope)
 * @param maxActivation longest an activation may fetch when the invoker gives no sooner deadline
 * @param environment the process environment the action sees ({@code __OW_API_HOST} and friends)
 * @param warmUp whether to run one classification in the background at start-up, so the first
 *     activation does not pay for first-time initialisation (on in the container; off by default)
 */
public record ActionServerConfig(
    String host,
    int port,
    DigitClassifier classifier,
    Path modelFile,
    FetchPolicy fetchPolicy,
    int handlerThreads,
    int concurrentImages,
    long maxBodyBytes,
    Duration maxActivation,
    Map<String, String> environment,
    PrintStream out,
    PrintStream err,
    boolean warmUp) {

  public ActionServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(fetchPolicy, "fetchPolicy");
    Objects.requireNonNull(maxActivation, "maxActivation");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    if (port < 0 || port > 65535 || handlerThreads < 1 || concurrentImages < 1 || maxBodyBytes < 1024) {
      throw new IllegalArgumentException("invalid action server settings: port " + port + ", "
          + handlerThreads + " threads, " + concurrentImages + " concurrent images, " + maxBodyBytes + " body bytes");
    }
  }

  /** Loopback, an ephemeral port, the shipped model: what the sandbox and tests use. */
  public static ActionServerConfig loopback() {
    return builder().build();
  }

  /** Loopback, an ephemeral port, this classifier (which the caller keeps owning). */
  public static ActionServerConfig loopback(DigitClassifier classifier) {
    return builder().classifier(classifier).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Defaults: 127.0.0.1, port 0, shipped model, {@link FetchPolicy#defaults()}, 16 threads, 4 images, System.out/err. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private DigitClassifier classifier;
    private Path modelFile;
    private FetchPolicy fetchPolicy = FetchPolicy.defaults();
    private int handlerThreads = 16;
    private int concurrentImages = Math.clamp(2L * Runtime.getRuntime().availableProcessors(), 4, 16);
    private long maxBodyBytes = Limits.MAX_BODY_BYTES;
    private Duration maxActivation = Limits.ACTIVATION_BUDGET;
    private Map<String, String> environment = Map.of();
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private boolean warmUp;

    private Builder() {}

    public Builder host(String host) { this.host = host; return this; }
    public Builder port(int port) { this.port = port; return this; }
    public Builder classifier(DigitClassifier classifier) { this.classifier = classifier; return this; }
    public Builder modelFile(Path file) { this.modelFile = file; return this; }
    public Builder fetchPolicy(FetchPolicy policy) { this.fetchPolicy = policy; return this; }
    public Builder handlerThreads(int threads) { this.handlerThreads = threads; return this; }
    public Builder concurrentImages(int images) { this.concurrentImages = images; return this; }
    public Builder maxBodyBytes(long bytes) { this.maxBodyBytes = bytes; return this; }
    public Builder maxActivation(Duration duration) { this.maxActivation = duration; return this; }
    public Builder environment(Map<String, String> environment) { this.environment = environment; return this; }
    public Builder out(PrintStream out) { this.out = out; return this; }
    public Builder err(PrintStream err) { this.err = err; return this; }
    public Builder warmUp(boolean warmUp) { this.warmUp = warmUp; return this; }

    public ActionServerConfig build() {
      return new ActionServerConfig(host, port, classifier, modelFile, fetchPolicy, handlerThreads, concurrentImages,
          maxBodyBytes, maxActivation, environment, out, err, warmUp);
    }
  }
}

package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.config.SettingKey;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.SettingsLoader;
import dev.digitwhisk.client.invoke.ActionDeployer;
import dev.digitwhisk.client.invoke.ActionDeployer.Deployed;
import dev.digitwhisk.protocol.ActionLimits;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code digitwhisk deploy --image user/img:tag}: create or update the action over OpenWhisk's REST API. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
    description = {"Create or update the OpenWhisk action (blackbox image, limits, web-export) through the REST API.",
        "Needs --apihost and --auth (or ~/.wskprops / DIGITWHISK_OPENWHISK_*). No wsk needed."})
final class DeployCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--image", required = true, paramLabel = "USER/IMAGE:TAG", description = "The action image, pushed to a registry the invoker can pull from.")
  String image;

  @Option(names = "--name", paramLabel = "NAME", description = "Action name (default: --action, else mnist).")
  String name;

  @Option(names = "--memory", defaultValue = "256MB", paramLabel = "MB", converter = MemoryLimit.class,
      description = "Memory limit in MB: 256, 256MB or 256m; 128MB to 512MB (default ${DEFAULT-VALUE}).")
  int memoryMb;

  @Option(names = "--timeout", defaultValue = "60s", paramLabel = "TIME", converter = TimeLimit.class,
      description = "Time limit with its unit: 60s or 60000ms; 100ms to 300s (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--web", negatable = true, defaultValue = "true", description = "Export as a web action (default ${DEFAULT-VALUE}).")
  boolean web;

  /** Parses and range-checks {@code --timeout} while the command line is read, so no request is sent for a bad one. */
  static final class TimeLimit implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return converted(ActionLimits::parseTimeout, value);
    }
  }

  /** Parses and range-checks {@code --memory}, like {@link TimeLimit}. */
  static final class MemoryLimit implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return converted(ActionLimits::parseMemoryMb, value);
    }
  }

  /** picocli reports a {@link TypeConversionException} as "Invalid value for option '--x': message", exit 2. */
  private static <T> T converted(Function<String, T> parse, String value) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static Optional<String> value(Map<SettingKey, SettingsLoader.Resolved> resolved, SettingKey key) {
    return Optional.ofNullable(resolved.get(key)).map(SettingsLoader.Resolved::value).filter(v -> !v.isBlank());
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Only the OpenWhisk settings matter here: no store is needed to deploy.
    Map<SettingKey, SettingsLoader.Resolved> resolved = SettingsLoader.defaults().resolve(connection.flags());
    String host = value(resolved, SettingKey.OPENWHISK_APIHOST).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "deploy needs the OpenWhisk API host: --apihost, DIGITWHISK_OPENWHISK_APIHOST or APIHOST in ~/.wskprops"));
    String auth = value(resolved, SettingKey.OPENWHISK_AUTH).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "deploy needs the OpenWhisk auth key: --auth, DIGITWHISK_OPENWHISK_AUTH or AUTH in ~/.wskprops"));
    URI apiHost = InvokeSettings.apiHost(host);
    String namespace = value(resolved, SettingKey.OPENWHISK_NAMESPACE).orElse(InvokeSettings.DEFAULT_NAMESPACE);
    ActionDeployer.imageWarning(image).ifPresent(w -> err.println("warning: " + w));

    String action = name != null ? name : value(resolved, SettingKey.OPENWHISK_ACTION).orElse(InvokeSettings.DEFAULT_ACTION);
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      ActionDeployer deployer = new ActionDeployer(client, apiHost, auth, namespace);
      Deployed deployed = deployer.deploy(action,
          new ActionDeployer.Request(image, web, memoryMb, timeout));
      out.printf("Deployed %s/%s (version %s) from %s%n", deployed.namespace(), deployed.name(), deployed.version(), deployed.image());
      out.println("  invoke:     POST " + deployed.invokeUrl());
      deployed.webActionUrl().ifPresent(u -> out.println("  web action: POST " + u));
      out.println("  try it:     digitwhisk classify some-digit.png");
      out.flush();
      return ExitCodes.OK;
    }
  }
}

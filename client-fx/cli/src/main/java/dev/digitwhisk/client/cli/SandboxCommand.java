package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.backend.LocalStack;
import dev.digitwhisk.client.config.StoreSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code digitwhisk sandbox}: the embedded stack in the foreground, with the settings to reach it. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = {"Run the embedded local stack (S3 server + the action, on loopback) until Ctrl+C,",
        "and print the settings another client (or the original recipe's mnist_demo.py) can use."})
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--run-for", hidden = true, paramLabel = "DURATION", description = "Stop after this long (tests).")
  Duration runFor;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Backend backend = Backend.sandbox()) {
      LocalStack sandbox = backend.sandboxHandle().orElseThrow();
      URI action = sandbox.invokeSettings().effectiveUrl();
      try (ApiGatewayRoute route = ApiGatewayRoute.start(action)) {
        print(out, sandbox.storeSettings(), action, route.uri());
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "sandbox-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
          if (runFor == null) {
            stop.await();
          } else {
            stop.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
          }
        } finally {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the JVM is already on its way out, and the try-with-resources still closes both.
          }
        }
      }
    }
    return ExitCodes.OK;
  }

  /** Loopback-only, random, gone when this process ends: printing the keys is the point. */
  private static void print(PrintWriter out, StoreSettings store, URI action, URI route) {
    String endpoint = store.endpoint().getHost() + ":" + store.endpoint().getPort();
    out.println("Local sandbox running on loopback (Ctrl+C stops it; its keys are random and die with it).");
    out.println("  store (S3):  " + store.endpoint() + "   access key " + store.accessKey()
        + "   secret key " + store.secretKey() + "   bucket " + store.bucket());
    out.println("  action:      " + action + "   (POST /init, /run — as the OpenWhisk invoker calls it)");
    out.println("  API route:   " + route + "   (POST {\"url\":…}, like the original recipe's API gateway)");
    out.println();
    out.println("The original recipe's demo, unchanged:");
    out.printf("  python mnist_demo.py --endpoint=%s --access_key=%s --secret_key=%s --bucket_name=%s --file=digit.png --mnist_api=%s%n",
        endpoint, store.accessKey(), store.secretKey(), store.bucket(), route);
    out.println("The same with this command line:");
    out.printf("  digitwhisk classify --endpoint=%s --access_key=%s --secret_key=%s --bucket_name=%s --file=digit.png --mnist_api=%s%n",
        endpoint, store.accessKey(), store.secretKey(), store.bucket(), route);
    out.flush();
  }
}

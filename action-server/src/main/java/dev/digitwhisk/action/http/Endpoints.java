package dev.digitwhisk.action.http;

import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.action.classify.DigitPipeline;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/** The action's HTTP surface on the JDK's server: {@code POST /init}, {@code POST /run}, a JSON 404 elsewhere. */
public final class Endpoints {
  private Endpoints() {}

  /**
   * Serves the action on {@code server}. {@code environment} is the process's, which {@code /init}
   * may extend; activations log to {@code out} and {@code err}; bodies over {@code maxBodyBytes} are
   * refused, and an activation fetches for at most {@code maxActivation} unless its deadline is sooner.
   */
  public static void install(HttpServer server, DigitPipeline pipeline, Map<String, String> environment,
      PrintStream out, PrintStream err, long maxBodyBytes, Duration maxActivation) {
    ActivationLog log = new ActivationLog(out, err);
    InitState state = new InitState(environment);
    server.createContext("/init", new InitHandler(state, log, maxBodyBytes));
    server.createContext("/run", new RunHandler(state, pipeline, log, maxBodyBytes, maxActivation));
    server.createContext("/", new NotFoundHandler());
  }
}

package dev.digitwhisk.action.http;

import com.sun.net.httpserver.HttpServer;
import dev.digitwhisk.action.classify.DigitPipeline;
import dev.digitwhisk.action.protocol.ActivationLog;
import dev.digitwhisk.action.protocol.InitState;
import java.time.Duration;

/** The action's HTTP surface on the JDK's server: {@code POST /init}, {@code POST /run}, a JSON 404 elsewhere. */
public final class Endpoints {
  private Endpoints() {}

  /**
   * Serves the action on {@code server}: bodies over {@code maxBodyBytes} are refused, and an
   * activation fetches for at most {@code maxActivation} unless its deadline comes sooner.
   */
  public static void install(HttpServer server, InitState state, DigitPipeline pipeline, ActivationLog log,
      long maxBodyBytes, Duration maxActivation) {
    server.createContext("/init", new InitHandler(state, log, maxBodyBytes));
    server.createContext("/run", new RunHandler(state, pipeline, log, maxBodyBytes, maxActivation));
    server.createContext("/", new NotFoundHandler());
  }
}

package dev.digitwhisk.client.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The client's logging where the application ships no logback configuration (the window, the command
 * line, the installed app): warnings and errors only, on stderr. Logback's built-in default logs
 * everything at DEBUG to stdout, which put log lines into {@code digitwhisk classify --json}'s output
 * whenever real servers were configured. A logback.xml, logback-test.xml or
 * {@code -Dlogback.configurationFile} still decides; then this does nothing. Found by logback through
 * {@code META-INF/services}.
 */
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (configuredElsewhere(ConsoleLogConfigurator.class.getClassLoader())) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    warningsToStderr(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static boolean configuredElsewhere(ClassLoader loader) {
    return System.getProperty("logback.configurationFile") != null
        || loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
  }

  static void warningsToStderr(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("stderr");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
  }
}

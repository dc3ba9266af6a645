package dev.digitwhisk.client.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * S3Proxy and its Jetty log DEBUG under logback's built-in default (no logback.xml anywhere), which
 * would flood a terminal. This lowers them to WARN, and the root too when the application ships no
 * logback configuration of its own. An application's own logback.xml otherwise stays in charge.
 */
public final class QuietLogs {
  private QuietLogs() {}

  public static void apply() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    ClassLoader loader = QuietLogs.class.getClassLoader();
    boolean configured = loader.getResource("logback.xml") != null || loader.getResource("logback-test.xml") != null
        || System.getProperty("logback.configurationFile") != null;
    if (!configured) {
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
    }
    for (String noisy : new String[] {"org.gaul", "org.eclipse.jetty", "software.amazon.awssdk", "io.minio", "okhttp3"}) {
      ch.qos.logback.classic.Logger logger = context.getLogger(noisy);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARN);
      }
    }
  }
}

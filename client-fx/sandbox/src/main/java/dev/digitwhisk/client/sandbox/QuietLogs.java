package dev.digitwhisk.client.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * S3Proxy, its Jetty, the AWS SDK, MinIO's SDK and OkHttp log at DEBUG wherever a logback
 * configuration lets everything through: they are lowered to WARN unless that configuration names
 * them. Without any configuration {@link dev.digitwhisk.client.logging.ConsoleLogConfigurator} already
 * keeps everything below WARN off the console.
 */
final class QuietLogs {
  private QuietLogs() {}

  public static void apply() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    for (String noisy : new String[] {"org.gaul", "org.eclipse.jetty", "software.amazon.awssdk", "io.minio", "okhttp3"}) {
      ch.qos.logback.classic.Logger logger = context.getLogger(noisy);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARN);
      }
    }
  }
}

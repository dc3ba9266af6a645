package dev.digitwhisk.client.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ConsoleLogConfiguratorTest {
  @Test
  void withoutAConfiguration_warningsAndErrorsGoToStderr() {
    LoggerContext context = new LoggerContext();

    ConsoleLogConfigurator.warningsToStderr(context);

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    Appender<?> appender = root.getAppender("stderr");
    assertThat(appender).isInstanceOf(ConsoleAppender.class);
    assertThat(((ConsoleAppender<?>) appender).getTarget()).isEqualTo("System.err");
    assertThat(context.getLogger("dev.digitwhisk.client.workflow.ClassificationWorkflow").isInfoEnabled()).isFalse();
    assertThat(context.getLogger("org.gaul.s3proxy.S3Proxy").isWarnEnabled()).isTrue();
  }

  @Test
  void aLogbackFileOnTheClassPath_staysInCharge() throws Exception {
    // The tests' own logback-test.xml is on this class path; a loader over nothing has none.
    assertThat(ConsoleLogConfigurator.configuredElsewhere(ConsoleLogConfiguratorTest.class.getClassLoader())).isTrue();
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(ConsoleLogConfigurator.configuredElsewhere(empty)).isFalse();
    }
  }

  @Test
  void logbackFindsItAsAService() {
    assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
        .contains(ConsoleLogConfigurator.class.getName());
  }
}

package dev.digitwhisk.client.testing;

import dev.digitwhisk.client.invoke.openwhisk.OpenWhiskStandIn;
import dev.digitwhisk.client.invoke.openwhisk.StandInConfig;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The sandbox (S3Proxy and the action) and an OpenWhisk stand-in in front of the action, for one
 * test class: {@code @RegisterExtension static final StandInServers SERVERS = StandInServers.standalone();}
 * starts both before the first test and stops them after the last; after each test the faults a
 * test injected into the stand-in (429s, a slow action) are cleared.
 */
public final class StandInServers implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final StandInConfig config;
  private SandboxFixture fixture;
  private OpenWhiskStandIn openwhisk;

  private StandInServers(StandInConfig config) {
    this.config = config;
  }

  /** A stand-in with standalone's limits whose containers share the host's network, so they reach the sandbox's store. */
  public static StandInServers standalone() {
    return new StandInServers(StandInConfig.standalone().withHostNetwork());
  }

  public SandboxFixture fixture() {
    return fixture;
  }

  public OpenWhiskStandIn openwhisk() {
    return openwhisk;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    fixture = SandboxFixture.start();
    openwhisk = OpenWhiskStandIn.start(config);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    openwhisk.throttleNext(0);
    openwhisk.runDelay(Duration.ZERO);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      openwhisk.close();
    } finally {
      fixture.close();
    }
  }
}

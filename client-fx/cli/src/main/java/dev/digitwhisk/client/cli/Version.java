package dev.digitwhisk.client.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (Maven writes it), so there is one place that says it. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"digitwhisk " + (version == null ? "(development build)" : version)};
  }
}

package dev.digitwhisk.client.sandbox;

import dev.digitwhisk.client.backend.LocalStack;
import dev.digitwhisk.client.backend.LocalStackProvider;

/**
 * The {@link LocalStackProvider} of this module, named in its {@code META-INF/services}: on the class
 * path, the client's sandbox choice starts a {@link Sandbox}. Public with a public constructor, as
 * {@link java.util.ServiceLoader} wants for class-path providers.
 */
public final class SandboxProvider implements LocalStackProvider {
  @Override
  public LocalStack start() throws SandboxException {
    return Sandbox.start();
  }
}

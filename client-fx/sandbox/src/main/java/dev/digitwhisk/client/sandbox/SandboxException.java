package dev.digitwhisk.client.sandbox;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;

/** The embedded sandbox could not start. */
public final class SandboxException extends ClientException {
  private static final long serialVersionUID = 1L;

  public SandboxException(String message, Throwable cause) {
    super(FailureKind.INTERNAL, message, "Restart DigitWhisk; if it keeps failing, connect to your own servers in the settings.", cause);
  }
}

package dev.digitwhisk.client.config;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;

/** Settings that are missing, malformed or contradictory; the message names the setting. */
public final class SettingsException extends ClientException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message, String whatToDo) {
    super(FailureKind.CONFIGURATION, message, whatToDo);
  }

  public SettingsException(String message, String whatToDo, Throwable cause) {
    super(FailureKind.CONFIGURATION, message, whatToDo, cause);
  }
}

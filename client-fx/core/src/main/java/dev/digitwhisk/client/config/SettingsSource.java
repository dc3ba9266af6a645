package dev.digitwhisk.client.config;

/** Where a setting's value came from, highest precedence first. */
public enum SettingsSource {
  FLAG("command-line flag"),
  ENVIRONMENT("environment variable"),
  CONFIG_FILE("config file"),
  WSKPROPS("~/.wskprops"),
  DEFAULT("default");

  private final String description;

  SettingsSource(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}

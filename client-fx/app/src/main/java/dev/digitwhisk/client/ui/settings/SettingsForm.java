package dev.digitwhisk.client.ui.settings;

import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.config.SettingsException;
import dev.digitwhisk.client.config.StoreSettings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;

/** The connection fields and their conversion to and from {@link ClientSettings}; no layout. */
final class SettingsForm {
  final ToggleGroup backend = new ToggleGroup();
  final RadioButton sandbox = radio("Local sandbox (nothing leaves this computer)", "backend-sandbox");
  final RadioButton servers = radio("Your servers (MinIO + OpenWhisk)", "backend-servers");
  final TextField endpoint = field("store-endpoint", "host:9000 or https://host:9000");
  final CheckBox tls = new CheckBox("TLS (https)");
  final TextField accessKey = field("store-access-key", "access key");
  final PasswordField secretKey = secret("store-secret-key");
  final TextField bucket = field("store-bucket", StoreSettings.DEFAULT_BUCKET);
  final ComboBox<InvokeMode> mode = new ComboBox<>();
  final TextField apiHost = field("openwhisk-apihost", "https://openwhisk.example:443");
  final PasswordField auth = secret("openwhisk-auth");
  final TextField namespace = field("openwhisk-namespace", InvokeSettings.DEFAULT_NAMESPACE);
  final TextField action = field("openwhisk-action", InvokeSettings.DEFAULT_ACTION);
  final TextField url = field("invoke-url", "web action, API gateway or action URL");
  private ClientSettings loaded = ClientSettings.sandboxDefaults();

  SettingsForm() {
    sandbox.setToggleGroup(backend);
    servers.setToggleGroup(backend);
    sandbox.setSelected(true);
    tls.setId("store-tls");
    mode.setId("invoke-mode");
    mode.getItems().addAll(InvokeMode.values());
    mode.setValue(InvokeMode.REST);
  }

  ClientSettings toSettings() throws SettingsException {
    // What the form does not show (expiry, timeout, images per activation) is kept as it was loaded.
    ClientSettings.Builder b = ClientSettings.builder().presignExpiry(loaded.presignExpiry())
        .invokeTimeout(loaded.invokeTimeout()).perActivation(loaded.perActivation());
    if (sandbox.isSelected()) {
      return b.sandbox(true).build();
    }
    return b.sandbox(false).storeEndpoint(text(endpoint)).storeTls(tls.isSelected())
        .accessKey(text(accessKey)).secretKey(text(secretKey)).bucket(text(bucket)).invokeMode(mode.getValue())
        .apiHost(text(apiHost)).auth(text(auth)).namespace(text(namespace)).action(text(action)).url(text(url)).build();
  }

  void fill(ClientSettings s) {
    loaded = s;
    (s.sandbox() ? sandbox : servers).setSelected(true);
    s.store().ifPresent(st -> {
      endpoint.setText(st.endpoint().toString());
      tls.setSelected(st.tls());
      accessKey.setText(st.accessKey());
      secretKey.setText(st.secretKey());
      bucket.setText(st.bucket());
    });
    s.invoke().ifPresent(i -> {
      mode.setValue(i.mode());
      apiHost.setText(i.apiHost().map(Object::toString).orElse(""));
      auth.setText(i.auth().orElse(""));
      namespace.setText(i.namespace());
      action.setText(i.action());
      url.setText(i.url().map(Object::toString).orElse(""));
    });
  }

  private static String text(TextInputControl c) {
    String t = c.getText();
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static RadioButton radio(String text, String id) {
    RadioButton r = new RadioButton(text);
    r.setId(id);
    return r;
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    return f;
  }

  private static PasswordField secret(String id) {
    PasswordField f = new PasswordField();
    f.setId(id);
    return f;
  }
}

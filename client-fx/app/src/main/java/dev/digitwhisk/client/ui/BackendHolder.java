package dev.digitwhisk.client.ui;

import dev.digitwhisk.client.backend.Backend;
import dev.digitwhisk.client.config.ClientSettings;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The backend in use and what the window says about it (banner, status line). A switch (after the
 * settings are saved) closes the previous backend only when this holder opened it.
 */
public final class BackendHolder implements AutoCloseable {
  private final Function<ClientSettings, Backend> opener;
  private final ReadOnlyObjectWrapper<Backend> backend = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(false);
  private boolean owned;

  public BackendHolder(Function<ClientSettings, Backend> opener) {
    this.opener = opener;
  }

  /** Uses {@code initial} (not closed by this holder when {@code owned} is false). */
  public void use(Backend initial, boolean ownedByHolder) {
    Backend previous = backend.get();
    if (previous != null && owned) {
      previous.close();
    }
    owned = ownedByHolder;
    backend.set(initial);
    ready.set(false);
    settled.set(false);
    banner.set(initial.isSandbox() ? "Local sandbox — nothing leaves this computer"
        : "Your servers — " + initial.describe());
    status.set(initial.isSandbox() ? "Starting the local sandbox…" : "Connecting…");
    initial.ready().whenComplete((w, error) -> Platform.runLater(() -> {
      if (backend.get() != initial) {
        return;
      }
      ready.set(error == null);
      status.set(error == null ? "Ready: " + initial.describe()
          : "The backend could not start: " + rootMessage(error) + " Check Settings, or restart DigitWhisk.");
      settled.set(true);
    }));
  }

  /** Opens a backend for {@code settings} and switches to it. */
  public void switchTo(ClientSettings settings) {
    use(opener.apply(settings), true);
  }

  public Backend current() {
    return backend.get();
  }

  public ReadOnlyObjectProperty<Backend> backendProperty() {
    return backend.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  /** True once the backend in use has started or failed to (the status line says which). */
  public ReadOnlyBooleanProperty settledProperty() {
    return settled.getReadOnlyProperty();
  }

  void setStatus(String text) {
    status.set(text);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  @Override
  public void close() {
    Backend b = backend.get();
    if (b != null && owned) {
      b.close();
    }
  }
}

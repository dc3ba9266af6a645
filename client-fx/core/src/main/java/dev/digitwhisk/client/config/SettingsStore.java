package dev.digitwhisk.client.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the config file: nested JSON ({@code {"store":{"endpoint":…}}}), created 0600 (owner
 * read/write only: it holds keys) in a 0700 directory where the file system is POSIX, and
 * replaced atomically so a crash never leaves half a file.
 */
public final class SettingsStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

  private SettingsStore() {}

  /** Saves {@code settings} (a sandbox setting saves just {@code backend: sandbox} and the timings). */
  public static void save(ClientSettings settings, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("backend", settings.sandbox() ? "sandbox" : "servers");
    settings.store().ifPresent(s -> {
      ObjectNode store = root.putObject("store");
      store.put("endpoint", s.endpoint().toString());
      store.put("access-key", s.accessKey());
      store.put("secret-key", s.secretKey());
      store.put("bucket", s.bucket());
      store.put("region", s.region());
    });
    root.putObject("presign").put("expiry", Durations.format(settings.presignExpiry()));
    ObjectNode invoke = root.putObject("invoke");
    invoke.put("timeout", Durations.format(settings.invokeTimeout()));
    invoke.put("per-activation", settings.perActivation());
    settings.invoke().ifPresent(i -> {
      invoke.put("mode", i.mode().id());
      i.url().ifPresent(u -> invoke.put("url", u.toString()));
      ObjectNode ow = root.putObject("openwhisk");
      i.apiHost().ifPresent(h -> ow.put("apihost", h.toString()));
      i.auth().ifPresent(a -> ow.put("auth", a));
      ow.put("namespace", i.namespace());
      ow.put("action", i.action());
    });
    writePrivately(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /** Writes {@code text} to {@code file} atomically, readable by the owner only where POSIX permissions exist. */
  public static void writePrivately(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
      } else {
        Files.createDirectories(dir);
      }
    }
    Path tmp = posix
        ? Files.createTempFile(dir, ".config-", ".tmp", PosixFilePermissions.asFileAttribute(FILE_MODE))
        : Files.createTempFile(dir, ".config-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      if (posix) {
        Files.setPosixFilePermissions(file, FILE_MODE);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

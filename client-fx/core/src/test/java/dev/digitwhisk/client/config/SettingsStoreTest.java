package dev.digitwhisk.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir Path dir;

  private static ClientSettings servers() throws Exception {
    return ClientSettings.builder().storeEndpoint("https://minio.example:9000").accessKey("AKIA").secretKey("s3cr3t-value")
        .bucket("imgs").apiHost("https://ow.example").auth("uuid:k3y-value").namespace("guest").action("pkg/mnist")
        .presignExpiry(Duration.ofSeconds(90)).invokeTimeout(Duration.ofSeconds(20)).perActivation(5).build();
  }

  @Test
  void save_thenLoad_roundTrips() throws Exception {
    Path file = dir.resolve("sub/digitwhisk/config.json");
    ClientSettings original = servers();
    SettingsStore.save(original, file);
    ClientSettings loaded = SettingsLoader.of(Map.of(), file, null).load(Map.of());
    assertThat(loaded).isEqualTo(original);
  }

  @Test
  void save_writesOwnerOnlyFileInOwnerOnlyDirectory() throws Exception {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path file = dir.resolve("fresh/config.json");
    SettingsStore.save(servers(), file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
  }

  @Test
  void save_overExistingWorldReadableFile_tightensItAndLeavesNoTempFiles() throws Exception {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    SettingsStore.save(servers(), file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void toString_neverShowsSecrets() throws Exception {
    String text = servers().toString();
    assertThat(text).doesNotContain("s3cr3t-value").doesNotContain("k3y-value").contains("minio.example");
  }

  @Test
  void durations_parseAndFormat() {
    assertThat(Durations.parse("300")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
  }
}

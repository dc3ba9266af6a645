package dev.digitwhisk.packaging.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The data files jpackage is given, read as jpackage and the desktop read them. The scripts are run
 * by {@link InstalledScriptsTest} and {@link BuildInstallersScriptTest}.
 */
class InstallerResourcesTest {
  private static final Path INSTALLER = Path.of("installer");

  @Test
  void desktopEntry_startsTheWindowThroughTheStartScriptWithTheOpenedFiles() throws IOException {
    Properties entry = properties("linux/DigitWhisk.desktop");
    List<String> exec = List.of(entry.getProperty("Exec").split(" "));

    // Through digitwhisk-start, not jpackage's launcher (it queries rpm and dpkg on every start);
    // the build installs that script into lib/ (BuildInstallersScriptTest).
    assertThat(exec).containsExactly("/opt/digitwhisk/lib/digitwhisk-start", "DigitWhisk", "%F");
    assertThat(List.of(entry.getProperty("MimeType").split(";"))).contains("image/png", "image/jpeg");
    assertThat(entry.getProperty("Terminal")).isEqualTo("false");
  }

  @Test
  void fileAssociations_coverPngAndJpeg() throws IOException {
    assertThat(properties("png.properties").getProperty("mime-type")).isEqualTo("image/png");
    assertThat(properties("jpeg.properties").getProperty("mime-type")).isEqualTo("image/jpeg");
  }

  @Test
  void icon_isASquarePngWithTransparency() throws IOException {
    BufferedImage icon = ImageIO.read(INSTALLER.resolve("digitwhisk.png").toFile());

    assertThat(icon.getWidth()).isEqualTo(256).isEqualTo(icon.getHeight());
    assertThat(icon.getColorModel().hasAlpha()).isTrue();
  }

  @Test
  void licence_isApache2() throws IOException {
    assertThat(Files.readString(INSTALLER.resolve("LICENSE"))).contains("Apache License, Version 2.0");
  }

  private static Properties properties(String name) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(Files.readString(INSTALLER.resolve(name))));
    return properties;
  }
}

package dev.digitwhisk.packaging.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Checks the files jpackage is given, without running jpackage (that is the installers profile). */
class InstallerResourcesTest {
  private static final Path INSTALLER = Path.of("installer");

  @Test
  void desktopEntry_passesOpenedFilesToTheWindow() throws IOException {
    String desktop = Files.readString(INSTALLER.resolve("linux/DigitWhisk.desktop"));

    assertThat(desktop).contains("Exec=/opt/digitwhisk/bin/DigitWhisk %F", "MimeType=image/png;image/jpeg;",
        "Terminal=false");
  }

  @Test
  void fileAssociations_coverPngAndJpeg() throws IOException {
    assertThat(properties("png.properties").getProperty("mime-type")).isEqualTo("image/png");
    assertThat(properties("jpeg.properties").getProperty("mime-type")).isEqualTo("image/jpeg");
  }

  @Test
  void maintainerScripts_keepDesktopIntegrationBestEffort() throws IOException {
    String postinst = Files.readString(INSTALLER.resolve("linux/postinst"));
    String prerm = Files.readString(INSTALLER.resolve("linux/prerm"));

    assertThat(postinst).contains("desktop_install || echo", "DESKTOP_COMMANDS_INSTALL", "exit 0");
    assertThat(prerm).contains("desktop_uninstall || echo", "DESKTOP_COMMANDS_UNINSTALL", "exit 0");
  }

  @Test
  void rpmSpec_compressesWithXzAndKeepsDesktopIntegrationBestEffort() throws IOException {
    String spec = Files.readString(INSTALLER.resolve("linux/digitwhisk.spec"));

    assertThat(spec).contains("%define _binary_payload w6.xzdio", "desktop_install || echo", "desktop_uninstall || echo");
    assertThat(spec.lines().filter(line -> line.equals("DESKTOP_COMMANDS_INSTALL"))).hasSize(1);
  }

  @Test
  void buildScript_bakesInNoJdk24OnlyFlagsAndNoLinuxShortcut() throws IOException {
    String script = Files.readString(INSTALLER.resolve("build-installers.sh"));

    assertThat(script).doesNotContain("--sun-misc-unsafe-memory-access", "-XX:AOTCache", "--enable-final-field-mutation")
        .doesNotContainPattern("\\n[^#]*--linux-shortcut");
    assertThat(script).contains("--add-launcher digitwhisk=", "win-console=true", "$JAVA_HOME/bin/jlink");
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

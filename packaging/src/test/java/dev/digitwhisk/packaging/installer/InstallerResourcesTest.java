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

    // Java straight from the argument file (jpackage's launcher queries rpm and dpkg on every start),
    // with the variable ONNX Runtime needs, so the window does not start itself twice.
    assertThat(desktop).contains(
        "Exec=env ORT_DISABLE_TELEMETRY=1 /opt/digitwhisk/lib/runtime/bin/java @/opt/digitwhisk/lib/app/DigitWhisk.args %F", "MimeType=image/png;image/jpeg;",
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
  void maintainerScripts_makeJavasClassDataArchiveAndRemoveItOnRemovalOnly() throws IOException {
    String postinst = Files.readString(INSTALLER.resolve("linux/postinst"));
    String prerm = Files.readString(INSTALLER.resolve("linux/prerm"));
    String spec = Files.readString(INSTALLER.resolve("linux/digitwhisk.spec"));

    assertThat(postinst).contains("/opt/digitwhisk/lib/runtime/bin/java -Xshare:dump $classlist >/dev/null 2>&1 \\\n            || echo",
        "-XX:SharedClassListFile=$classlist");
    assertThat(prerm).contains("if [ \"$1\" = remove ]; then\n            rm -f /opt/digitwhisk/lib/runtime/lib/server/classes*.jsa");
    assertThat(spec).contains("-Xshare:dump", "if [ \"$1\" -eq 0 ]; then\n  rm -f APPLICATION_DIRECTORY/lib/runtime/lib/server/classes*.jsa");
  }

  @Test
  void commandOnPath_startsJavaFromTheArgumentFileAndIsLinkedAndUnlinkedByTheScripts() throws IOException {
    String onPath = Files.readString(INSTALLER.resolve("linux/digitwhisk-on-path"));
    String postinst = Files.readString(INSTALLER.resolve("linux/postinst"));
    String prerm = Files.readString(INSTALLER.resolve("linux/prerm"));

    assertThat(onPath).startsWith("#!/bin/sh").contains("export ORT_DISABLE_TELEMETRY",
        "exec /opt/digitwhisk/lib/runtime/bin/java @/opt/digitwhisk/lib/app/digitwhisk.args \"$@\"");
    assertThat(Files.isExecutable(INSTALLER.resolve("linux/digitwhisk-on-path"))).isTrue();
    assertThat(postinst).contains("ln -sf /opt/digitwhisk/lib/digitwhisk-on-path /usr/bin/digitwhisk");
    assertThat(prerm).contains("rm -f /usr/bin/digitwhisk");
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
    // GTK is loaded with dlopen, so no scan of the build machine finds it when it is not installed there.
    assertThat(script).contains("--linux-package-deps \"$gtk\"", "libgtk-3-0 | libgtk-3-0t64");
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

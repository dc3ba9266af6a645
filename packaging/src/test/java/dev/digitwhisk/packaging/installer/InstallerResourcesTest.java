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

    // Through digitwhisk-start, not jpackage's launcher (it queries rpm and dpkg on every start).
    assertThat(desktop).contains("Exec=/opt/digitwhisk/lib/digitwhisk-start DigitWhisk %F",
        "MimeType=image/png;image/jpeg;", "Terminal=false");
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
  void maintainerScripts_makeEachProgramsClassDataArchiveAndRemoveThemOnRemovalOnly() throws IOException {
    String postinst = Files.readString(INSTALLER.resolve("linux/postinst"));
    String prerm = Files.readString(INSTALLER.resolve("linux/prerm"));
    String spec = Files.readString(INSTALLER.resolve("linux/digitwhisk.spec"));

    // One archive per recorded class list, dumped with the program's own argument file (its class path
    // and options must match at run time), linked ahead where the JDK can, never failing the install.
    Path archives = INSTALLER.resolve("linux/digitwhisk-archives");
    assertThat(Files.readString(archives)).startsWith("#!/bin/sh").contains("for list in \"$app\"/*.classlist; do",
        "dump=\"-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$app/$name.jsa\"",
        "$java $dump -XX:+AOTClassLinking @\"$app/$name.args\" >/dev/null 2>&1",
        "|| $java $dump @\"$app/$name.args\" >/dev/null 2>&1", "|| echo \"digitwhisk: no class-data archive for $name",
        "exit 0");
    assertThat(Files.isExecutable(archives)).isTrue();
    assertThat(postinst).contains("\n        /opt/digitwhisk/lib/digitwhisk-archives\n");
    assertThat(spec).contains("\nAPPLICATION_DIRECTORY/lib/digitwhisk-archives\n");
    assertThat(prerm).contains("if [ \"$1\" = remove ]; then\n            rm -f "
        + "/opt/digitwhisk/lib/runtime/lib/server/classes*.jsa /opt/digitwhisk/lib/app/*.jsa");
    assertThat(spec).contains("if [ \"$1\" -eq 0 ]; then\n  rm -f APPLICATION_DIRECTORY/lib/runtime/lib/server/classes*.jsa "
        + "APPLICATION_DIRECTORY/lib/app/*.jsa");
  }

  @Test
  void startScript_usesTheProgramsArchiveWhereThereIsOneAndKeepsJvmMessagesOffStdout() throws IOException {
    Path start = INSTALLER.resolve("linux/digitwhisk-start");
    String script = Files.readString(start);

    assertThat(script).startsWith("#!/bin/sh").contains("export ORT_DISABLE_TELEMETRY",
        "if [ -f \"$app/$name.jsa\" ]; then archive=\"-XX:SharedArchiveFile=$app/$name.jsa\"; fi",
        "exec /opt/digitwhisk/lib/runtime/bin/java $archive -Xlog:disable -Xlog:all=warning:stderr \\\n  @\"$app/$name.args\" \"$@\"");
    assertThat(Files.isExecutable(start)).isTrue();
  }

  @Test
  void commandOnPath_goesThroughTheStartScriptAndIsLinkedAndUnlinkedByTheScripts() throws IOException {
    String onPath = Files.readString(INSTALLER.resolve("linux/digitwhisk-on-path"));
    String postinst = Files.readString(INSTALLER.resolve("linux/postinst"));
    String prerm = Files.readString(INSTALLER.resolve("linux/prerm"));

    assertThat(onPath).startsWith("#!/bin/sh").contains("exec /opt/digitwhisk/lib/digitwhisk-start digitwhisk \"$@\"");
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

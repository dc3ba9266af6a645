package dev.digitwhisk.packaging.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.packaging.Shell;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code installer/build-installers.sh} run for a .deb on a stand-in JDK whose jdeps, jlink and
 * jpackage record what they are asked and make the folders the next step reads. What is checked is
 * what the script asks jpackage for and the installed tree it hands it, not how it is written.
 */
class BuildInstallersScriptTest {
  private static final String JDEPS = "#!/bin/sh\necho java.base\n";
  private static final String JLINK = """
      #!/bin/sh
      while [ $# -gt 0 ]; do [ "$1" = --output ] && out=$2; shift; done
      mkdir -p "$out/lib/server" && cp /bin/true "$out/lib/server/libjvm.so" && touch "$out/lib/server/classes.jsa"
      """;
  /** Each call's arguments one a line, then "--"; an app-image call makes the image jpackage would. */
  private static final String JPACKAGE = """
      #!/bin/sh
      printf '%s\\n' "$@" -- >> "LOG"
      while [ $# -gt 0 ]; do case "$1" in --type) type=$2 ;; --dest) dest=$2 ;; esac; shift; done
      if [ "$type" = app-image ]; then
        image="$dest/DigitWhisk"
        mkdir -p "$image/bin" "$image/lib/app" "$image/lib/runtime/lib/server"
        printf '#!/bin/sh\\nexit 1\\n' > "$image/bin/DigitWhisk"; cp "$image/bin/DigitWhisk" "$image/bin/digitwhisk"
        chmod +x "$image/bin/DigitWhisk" "$image/bin/digitwhisk"
        touch "$image/lib/runtime/lib/server/classes.jsa"
        for name in DigitWhisk digitwhisk; do
          printf 'app.classpath=$APPDIR/client-fx-1.0.jar\\napp.classpath=$APPDIR/model-1.0.jar\\napp.mainclass=dev.example.%s\\njava-options=-Donnxruntime.native.path=$APPDIR/native\\n' \\
            "$name" > "$image/lib/app/$name.cfg"
        done
      else
        mkdir -p "$dest" && touch "$dest/digitwhisk_1.0_amd64.$type"
      fi
      """;

  @TempDir static Path work;
  private static Shell build;
  private static List<List<String>> jpackageCalls;

  @BeforeAll
  static void buildADebWithStandInTools() throws Exception {
    assumeTrue(Shell.has("zip") && Shell.has("unzip"), "zip and unzip are not installed; the build script needs them");
    Path jdk = work.resolve("jdk/bin");
    Files.createDirectories(jdk);
    Path log = work.resolve("jpackage.log");
    executable(jdk.resolve("jdeps"), JDEPS);
    executable(jdk.resolve("jlink"), JLINK);
    executable(jdk.resolve("jpackage"), JPACKAGE.replace("LOG", log.toString()));
    Path deps = Files.createDirectories(work.resolve("target/installer/deps"));
    jar(deps.resolve("client-fx-1.0.jar"), "dev.example.App");
    jar(deps.resolve("client-cli-1.0.jar"), "dev.example.Cli");

    build = Shell.run(List.of("bash", "installer/build-installers.sh", work.resolve("target").toString(), "1.0", "deb"),
        Map.of("JAVA_HOME", work.resolve("jdk").toString()), null);
    jpackageCalls = calls(Files.exists(log) ? Files.readAllLines(log) : List.of());
  }

  @Test
  void build_succeedsAndAsksForAnAppImageThenTheDeb() {
    assertThat(build.exit()).as(build.output()).isZero();
    assertThat(jpackageCalls).extracting(call -> call.get(call.indexOf("--type") + 1)).containsExactly("app-image", "deb");
  }

  @Test
  void deb_namesGtkAsADependency_andHasNoMenuShortcut() {
    List<String> deb = jpackageCalls.get(1);

    // JavaFX loads GTK with dlopen, so jpackage's scan of the build machine cannot find it.
    assertThat(deb.get(deb.indexOf("--linux-package-deps") + 1)).isEqualTo("libgtk-3-0 | libgtk-3-0t64");
    assertThat(deb).doesNotContain("--linux-shortcut").contains("--resource-dir");
  }

  @Test
  void launchers_getOnlyJvmOptionsEveryJdk21Knows_andTheCommandLineIsASecondLauncher() {
    List<String> appImage = jpackageCalls.get(0);
    List<String> options = new ArrayList<>();
    for (int i = 0; i < appImage.size() - 1; i++) {
      if (appImage.get(i).equals("--java-options")) {
        options.add(appImage.get(i + 1));
      }
    }

    assertThat(options).isNotEmpty().noneMatch(option -> option.startsWith("-XX:AOTCache")
        || option.startsWith("--sun-misc-unsafe-memory-access") || option.startsWith("--enable-final-field-mutation"));
    assertThat(appImage).anyMatch(argument -> argument.startsWith("digitwhisk=") && argument.endsWith("cli-launcher.properties"));
  }

  @Test
  void debTree_startsJavaFromArgumentFiles_withoutTheJdksArchive() throws IOException {
    Path image = work.resolve("target/installer/linux-image/DigitWhisk");

    assertThat(Files.readAllLines(image.resolve("lib/app/DigitWhisk.args"))).containsExactly("-cp",
        "/opt/digitwhisk/lib/app/client-fx-1.0.jar:/opt/digitwhisk/lib/app/model-1.0.jar",
        "-Donnxruntime.native.path=/opt/digitwhisk/lib/app/native", "dev.example.DigitWhisk");
    assertThat(image.resolve("lib/runtime/lib/server/classes.jsa")).as("made by postinst instead").doesNotExist();
    for (String script : List.of("digitwhisk-start", "digitwhisk-archives", "digitwhisk-on-path")) {
      assertThat(Files.isExecutable(image.resolve("lib").resolve(script))).as(script).isTrue();
    }
  }

  private static List<List<String>> calls(List<String> lines) {
    List<List<String>> calls = new ArrayList<>();
    List<String> call = new ArrayList<>();
    for (String line : lines) {
      if (line.equals("--")) {
        calls.add(call);
        call = new ArrayList<>();
      } else {
        call.add(line);
      }
    }
    return calls;
  }

  private static void jar(Path file, String mainClass) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}

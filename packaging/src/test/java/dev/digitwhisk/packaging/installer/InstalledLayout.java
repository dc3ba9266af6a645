package dev.digitwhisk.packaging.installer;

import dev.digitwhisk.packaging.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The installed package's layout under a temporary root, so its shell scripts run for real without
 * installing anything: every script is copied with {@code /opt/digitwhisk} and {@code /usr/bin/digitwhisk}
 * moved under the root, jpackage's template words filled in as jpackage would, and the runtime's
 * {@code java} replaced by a stand-in that logs its arguments, prints them, and makes the archive a
 * {@code -Xshare:dump} asks for.
 */
final class InstalledLayout {
  static final Path SCRIPTS = Path.of("installer/linux");
  /** The menu commands jpackage would put in; the stand-in xdg tools fail, as on a machine without a menu. */
  private static final Map<String, String> TEMPLATE = Map.of(
      "DESKTOP_COMMANDS_INSTALL", "xdg-desktop-menu install /opt/digitwhisk/lib/digitwhisk-DigitWhisk.desktop",
      "DESKTOP_COMMANDS_UNINSTALL", "xdg-desktop-menu uninstall /opt/digitwhisk/lib/digitwhisk-DigitWhisk.desktop");

  private static final String FAKE_JAVA = """
      #!/bin/sh
      echo "$*" >> "ROOT/java.log"
      [ -f "ROOT/java-broken" ] && exit 1
      dump=no; archive=ROOT/opt/digitwhisk/lib/runtime/lib/server/classes.jsa
      for arg in "$@"; do
        case "$arg" in
          -Xshare:dump) dump=yes ;;
          -XX:SharedArchiveFile=*) archive=${arg#-XX:SharedArchiveFile=} ;;
          -XX:+AOTClassLinking) [ -f "ROOT/java-without-aot-linking" ] && exit 1 ;;
        esac
      done
      [ $dump = yes ] && touch "$archive"
      echo "java $* ORT_DISABLE_TELEMETRY=$ORT_DISABLE_TELEMETRY"
      exit 0
      """;

  final Path root;
  final Path lib;
  final Path app;
  final Path onPath;
  private final Path tools;

  InstalledLayout(Path root) throws IOException {
    this.root = root;
    this.lib = root.resolve("opt/digitwhisk/lib");
    this.app = lib.resolve("app");
    this.onPath = root.resolve("usr/bin/digitwhisk");
    this.tools = root.resolve("tools");
    Files.createDirectories(app);
    Files.createDirectories(lib.resolve("runtime/bin"));
    Files.createDirectories(lib.resolve("runtime/lib/server"));
    Files.createDirectories(onPath.getParent());
    Files.createDirectories(tools);
    executable(lib.resolve("runtime/bin/java"), FAKE_JAVA.replace("ROOT", root.toString()));
    executable(tools.resolve("xdg-desktop-menu"), "#!/bin/sh\necho 'No writable system menu directory found' >&2\nexit 3\n");
    executable(tools.resolve("xdg-mime"), "#!/bin/sh\nexit 0\n");
    for (String script : List.of("digitwhisk-archives", "digitwhisk-start", "digitwhisk-on-path")) {
      executable(lib.resolve(script), relocate(Files.readString(SCRIPTS.resolve(script))));
    }
  }

  /** A program as the build leaves it: its argument file and the class list it recorded. */
  InstalledLayout withProgram(String name) throws IOException {
    Files.writeString(app.resolve(name + ".args"), "-cp\n" + app + "/x.jar\ndev.example.Main\n");
    Files.writeString(app.resolve(name + ".classlist"), "java/lang/Object id: 0\n");
    return this;
  }

  /** A jpackage template from {@code installer/linux} or a section of the rpm spec, ready for sh. */
  Path maintainerScript(String name, String text) throws IOException {
    StringBuilder filled = new StringBuilder();
    for (String line : relocate(text).split("\n", -1)) {
      filled.append(line.matches("[A-Z_]+") ? TEMPLATE.getOrDefault(line, "") : line.replace("APPLICATION_PACKAGE", "digitwhisk")).append('\n');
    }
    Path script = root.resolve(name);
    executable(script, filled.toString());
    return script;
  }

  Shell run(Path script, String... arguments) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", script.toString()));
    command.addAll(List.of(arguments));
    return Shell.run(command, Map.of("PATH", tools + ":" + System.getenv("PATH")), root);
  }

  String javaLog() throws IOException {
    Path log = root.resolve("java.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private String relocate(String text) {
    return text.replace("/opt/digitwhisk", root + "/opt/digitwhisk")
        .replace("APPLICATION_DIRECTORY", root + "/opt/digitwhisk")
        .replace("/usr/bin/digitwhisk", onPath.toString());
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}

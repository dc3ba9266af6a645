package dev.digitwhisk.packaging.installer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.packaging.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed package's scripts, run under a temporary root ({@link InstalledLayout}): the start
 * script, the command on PATH, the class-data archives, and the .deb's and .rpm's install and
 * removal scripts, including on a machine whose menu tools fail.
 */
class InstalledScriptsTest {
  @TempDir Path root;

  @Test
  void archives_oneForEachRecordedProgram_dumpedWithItsOwnArgumentFile() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("DigitWhisk").withProgram("digitwhisk");

    Shell result = installed.run(installed.lib.resolve("digitwhisk-archives"));

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(installed.app.resolve("DigitWhisk.jsa")).exists();
    assertThat(installed.app.resolve("digitwhisk.jsa")).exists();
    assertThat(installed.lib.resolve("runtime/lib/server/classes.jsa")).as("the JDK's default archive").exists();
    assertThat(installed.javaLog()).contains("-XX:SharedClassListFile=" + installed.app.resolve("DigitWhisk.classlist"))
        .contains("@" + installed.app.resolve("DigitWhisk.args"))
        .contains("-XX:+AOTClassLinking");
  }

  @Test
  void archives_onARuntimeWithoutAotClassLinking_areMadeWithoutIt() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("digitwhisk");
    Files.createFile(root.resolve("java-without-aot-linking"));

    Shell result = installed.run(installed.lib.resolve("digitwhisk-archives"));

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(installed.app.resolve("digitwhisk.jsa")).exists();
  }

  @Test
  void archives_whenJavaCannotDumpOne_neverFailTheInstall() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("DigitWhisk");
    Files.createFile(root.resolve("java-broken"));

    Shell result = installed.run(installed.lib.resolve("digitwhisk-archives"));

    assertThat(result.exit()).isZero();
    assertThat(result.output()).contains("no class-data archive for DigitWhisk");
    assertThat(installed.app.resolve("DigitWhisk.jsa")).doesNotExist();
  }

  @Test
  void start_usesTheProgramsArchiveWhereThereIsOne_andKeepsJvmMessagesOnStderr() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("DigitWhisk");
    Path start = installed.lib.resolve("digitwhisk-start");

    Shell withoutArchive = installed.run(start, "DigitWhisk", "seven.png");
    Files.createFile(installed.app.resolve("DigitWhisk.jsa"));
    Shell withArchive = installed.run(start, "DigitWhisk", "seven.png");

    assertThat(withoutArchive.output()).doesNotContain("SharedArchiveFile")
        .contains("@" + installed.app.resolve("DigitWhisk.args") + " seven.png", "ORT_DISABLE_TELEMETRY=1");
    assertThat(withArchive.output()).contains("-XX:SharedArchiveFile=" + installed.app.resolve("DigitWhisk.jsa"))
        .contains("-Xlog:disable -Xlog:all=warning:stderr");
  }

  @Test
  void commandOnPath_startsTheCommandLineWithItsArguments() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("digitwhisk");

    Shell result = installed.run(installed.lib.resolve("digitwhisk-on-path"), "classify", "--json", "seven.png");

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("@" + installed.app.resolve("digitwhisk.args") + " classify --json seven.png");
  }

  @Test
  void debInstall_withoutAMenuSystem_succeedsMakesTheArchivesAndPutsTheCommandOnPath() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("DigitWhisk");
    Path postinst = installed.maintainerScript("postinst", Files.readString(InstalledLayout.SCRIPTS.resolve("postinst")));

    Shell result = installed.run(postinst, "configure");

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("menu entry skipped");
    assertThat(installed.app.resolve("DigitWhisk.jsa")).exists();
    assertThat(Files.readSymbolicLink(installed.onPath)).isEqualTo(installed.lib.resolve("digitwhisk-on-path"));
  }

  @Test
  void debInstall_leavesAnotherProgramCalledDigitwhiskAlone() throws Exception {
    InstalledLayout installed = new InstalledLayout(root);
    Files.writeString(installed.onPath, "someone else's\n");
    Path postinst = installed.maintainerScript("postinst", Files.readString(InstalledLayout.SCRIPTS.resolve("postinst")));

    assertThat(installed.run(postinst, "configure").exit()).isZero();
    assertThat(installed.onPath).isRegularFile().hasContent("someone else's");
  }

  @Test
  void debRemove_deletesWhatPostinstMade_andAnUpgradeKeepsIt() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("DigitWhisk");
    installed.run(installed.maintainerScript("postinst", Files.readString(InstalledLayout.SCRIPTS.resolve("postinst"))), "configure");
    Path prerm = installed.maintainerScript("prerm", Files.readString(InstalledLayout.SCRIPTS.resolve("prerm")));

    assertThat(installed.run(prerm, "upgrade").exit()).isZero();
    assertThat(installed.app.resolve("DigitWhisk.jsa")).exists();
    Shell removed = installed.run(prerm, "remove");

    assertThat(removed.exit()).as(removed.output()).isZero();
    assertThat(installed.app.resolve("DigitWhisk.jsa")).doesNotExist();
    assertThat(installed.lib.resolve("runtime/lib/server/classes.jsa")).doesNotExist();
    assertThat(installed.onPath).doesNotExist();
  }

  @Test
  void rpmInstallAndErase_behaveAsTheDebsScripts() throws Exception {
    InstalledLayout installed = new InstalledLayout(root).withProgram("digitwhisk");
    Path post = installed.maintainerScript("post", specSection("post"));
    Path preun = installed.maintainerScript("preun", specSection("preun"));

    assertThat(installed.run(post, "1").exit()).isZero();
    assertThat(installed.app.resolve("digitwhisk.jsa")).exists();
    assertThat(Files.isSymbolicLink(installed.onPath)).isTrue();
    assertThat(installed.run(preun, "1").exit()).as("an upgrade").isZero();
    assertThat(installed.app.resolve("digitwhisk.jsa")).exists();
    assertThat(installed.run(preun, "0").exit()).as("an erase").isZero();
    assertThat(installed.app.resolve("digitwhisk.jsa")).doesNotExist();
    assertThat(installed.onPath).doesNotExist();
  }

  @Test
  void rpmPayload_isXz() throws Exception {
    Matcher payload = Pattern.compile("(?m)^%define _binary_payload (\\S+)$").matcher(spec());

    assertThat(payload.find()).isTrue();
    assertThat(payload.group(1)).endsWith("xzdio");
  }

  private static String specSection(String name) throws IOException {
    Matcher section = Pattern.compile("(?ms)^%" + name + "\\n(.*?)^%").matcher(spec());
    assertThat(section.find()).as("%%%s in the spec", name).isTrue();
    return section.group(1);
  }

  private static String spec() throws IOException {
    return Files.readString(InstalledLayout.SCRIPTS.resolve("digitwhisk.spec"));
  }
}

package dev.digitwhisk.action.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image is defined twice, by the Dockerfile (with image/jvm.args) and by the Jib profile in the
 * pom, because Jib cannot read either. They must not drift: the same environment, and the same JVM
 * flags except the ones that only matter with the class-data archive Jib's image has no step to make.
 */
class ImageDefinitionsTest {
  private static final List<String> ARCHIVE_ONLY_FLAGS =
      List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

  @Test
  void jibSetsTheDockerfilesEnvironment() throws IOException {
    assertThat(jibEnvironment()).isEqualTo(dockerfileEnvironment()).containsKey("GLIBC_TUNABLES");
  }

  @Test
  void jibStartsJavaWithTheImagesFlags() throws IOException {
    List<String> imageFlags = Files.readAllLines(Path.of("image/jvm.args")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .filter(flag -> !ARCHIVE_ONLY_FLAGS.contains(flag))
        .toList();
    assertThat(jibFlags()).isEqualTo(imageFlags);
  }

  private static Map<String, String> dockerfileEnvironment() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    Matcher env = Pattern.compile("(?m)^ENV ((?:.*\\\\\\n)*.*)$").matcher(dockerfile);
    assertThat(env.find()).as("an ENV instruction in the Dockerfile").isTrue();
    Map<String, String> variables = new LinkedHashMap<>();
    for (String pair : env.group(1).replace("\\\n", " ").trim().split("\\s+")) {
      int equals = pair.indexOf('=');
      variables.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return variables;
  }

  private static Map<String, String> jibEnvironment() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher block = Pattern.compile("<environment>(.*?)</environment>", Pattern.DOTALL).matcher(pom);
    assertThat(block.find()).as("Jib's <environment> in pom.xml").isTrue();
    Map<String, String> variables = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("<([A-Z_]+)>([^<]*)</\\1>").matcher(block.group(1));
    while (entry.find()) {
      variables.put(entry.group(1), entry.group(2));
    }
    return variables;
  }

  private static List<String> jibFlags() throws IOException {
    Matcher flag = Pattern.compile("<jvmFlag>([^<]*)</jvmFlag>").matcher(Files.readString(Path.of("pom.xml")));
    List<String> flags = new ArrayList<>();
    while (flag.find()) {
      flags.add(flag.group(1));
    }
    return flags;
  }
}

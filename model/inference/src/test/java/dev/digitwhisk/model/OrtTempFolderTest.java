package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX Runtime unpacks its natives into java.io.tmpdir on every start; nothing may be left there. */
class OrtTempFolderTest {
  @Test
  void loadAndExit_leavesNoOnnxRuntimeFolderBehind(@TempDir Path tmp) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), OrtChild.class.getName())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes());
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("digit ");
    try (Stream<Path> left = Files.list(tmp)) {
      List<String> names = left.map(p -> p.getFileName().toString()).toList();
      assertThat(names).noneMatch(name -> name.startsWith("onnxruntime-java"));
    }
  }
}

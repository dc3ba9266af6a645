package dev.digitwhisk.client.invoke.openwhisk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One container's stdout and stderr, kept as {@code docker logs} keeps them. */
final class ContainerOutput {
  static final String SENTINEL = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
  final PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}

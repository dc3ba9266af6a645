package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitClassifierTest {
  private static DigitClassifier classifier;

  @BeforeAll
  static void load() throws ModelException {
    classifier = DigitClassifier.loadDefault();
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  @Test
  void classify_anyInput_givesTenProbabilitiesSummingToOne() throws ModelException {
    Prediction p = classifier.classify(input(7));

    assertThat(p.probabilities()).hasSize(10);
    double sum = 0;
    for (float f : p.probabilities()) {
      assertThat(f).isBetween(0f, 1f);
      sum += f;
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(p.confidence()).isEqualTo(p.probabilities()[p.digit()]);
  }

  @Test
  void classifyAll_batch_matchesOneByOne() throws ModelException {
    List<ModelInput> inputs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      inputs.add(input(i));
    }
    List<Prediction> batch = classifier.classifyAll(inputs);

    assertThat(batch).hasSize(64);
    for (int i = 0; i < 64; i++) {
      Prediction single = classifier.classify(inputs.get(i));
      assertThat(batch.get(i).digit()).isEqualTo(single.digit());
      assertThat(batch.get(i).probabilities()).containsExactly(single.probabilities(), org.assertj.core.data.Offset.offset(1e-5f));
    }
  }

  @Test
  void classifyAll_empty_isEmpty() throws ModelException {
    assertThat(classifier.classifyAll(List.of())).isEmpty();
  }

  @Test
  void classify_concurrentCallers_getTheSameAnswers() throws Exception {
    ModelInput in = input(3);
    Prediction expected = classifier.classify(in);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Prediction>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> classifier.classify(in)));
      }
      for (Future<Prediction> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void card_sha256_isTheDigestOfTheShippedBytes() throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DigitClassifier.MODEL_RESOURCE)) {
      bytes = in.readAllBytes();
    }
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    assertThat(classifier.card().sha256()).isEqualTo(digest);
    assertThat(classifier.card().name()).isNotBlank();
  }

  @Test
  void load_path_usesTheCardBesideTheFileAndAgreesWithTheClasspathModel(@TempDir Path dir) throws Exception {
    Path onnx = shippedCopy(dir, "candidate.onnx");
    ModelCard card = ModelCard.unknown("candidate-x", classifier.card().sha256());
    Files.writeString(dir.resolve("candidate.model-card.json"), card.toJson());

    try (DigitClassifier fromPath = DigitClassifier.load(onnx)) {
      assertThat(fromPath.card().name()).isEqualTo("candidate-x");
      assertThat(fromPath.classify(input(5))).isEqualTo(classifier.classify(input(5)));
    }
  }

  @Test
  void load_pathWithoutCard_computesTheDigest(@TempDir Path dir) throws Exception {
    Path onnx = shippedCopy(dir, "bare.onnx");

    try (DigitClassifier fromPath = DigitClassifier.load(onnx)) {
      assertThat(fromPath.card().name()).isEqualTo("bare");
      assertThat(fromPath.card().sha256()).isEqualTo(classifier.card().sha256());
    }
  }

  @Test
  void load_cardForAnotherModel_failsClearly(@TempDir Path dir) throws Exception {
    Path onnx = shippedCopy(dir, "m.onnx");
    Files.writeString(dir.resolve("m.model-card.json"), ModelCard.unknown("m", "00".repeat(32)).toJson());

    assertThatThrownBy(() -> DigitClassifier.load(onnx))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("describes a model with sha256 0000");
  }

  @Test
  void load_missingFile_saysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> DigitClassifier.load(dir.resolve("nope.onnx")))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("There is no model file at");
  }

  @Test
  void load_notAModel_failsWithModelException(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.onnx");
    Files.writeString(junk, "this is not a model");

    assertThatThrownBy(() -> DigitClassifier.load(junk))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("cannot load the model");
  }

  @Test
  void loadDefault_withAnUnpackedCopy_hasOnnxRuntimeReadThatFile(@TempDir Path dir) throws Exception {
    Path copy = shippedCopy(dir, "mnist-cnn.onnx");
    try (DigitClassifier fromCopy = withUnpackedModel(copy)) {
      assertThat(fromCopy.card()).isEqualTo(classifier.card());
      assertThat(fromCopy.classify(input(3))).isEqualTo(classifier.classify(input(3)));
    }

    // Proof that the file, not the classpath, was read: the same size of garbage cannot load.
    byte[] garbage = new byte[(int) Files.size(copy)];
    java.util.Arrays.fill(garbage, (byte) 7);
    Files.write(copy, garbage);
    assertThatThrownBy(() -> withUnpackedModel(copy)).isInstanceOf(ModelException.class);
  }

  @Test
  void loadDefault_ignoresAnUnpackedCopyOfAnotherSizeOrNone(@TempDir Path dir) throws Exception {
    Path truncated = dir.resolve("truncated.onnx");
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(shippedCopy(dir, "full.onnx")), 1000));

    for (Path unpacked : List.of(truncated, dir.resolve("missing.onnx"))) {
      try (DigitClassifier fallback = withUnpackedModel(unpacked)) {
        assertThat(fallback.classify(input(4))).isEqualTo(classifier.classify(input(4)));
      }
    }
  }

  private static DigitClassifier withUnpackedModel(Path file) throws ModelException {
    System.setProperty(DigitClassifier.UNPACKED_MODEL_PROPERTY, file.toString());
    try {
      return DigitClassifier.loadDefault();
    } finally {
      System.clearProperty(DigitClassifier.UNPACKED_MODEL_PROPERTY);
    }
  }

  private static Path shippedCopy(Path dir, String name) throws Exception {
    Path onnx = dir.resolve(name);
    try (InputStream in = DigitClassifierTest.class.getClassLoader().getResourceAsStream(DigitClassifier.MODEL_RESOURCE)) {
      Files.copy(in, onnx);
    }
    return onnx;
  }

  private static ModelInput input(int seed) {
    float[] p = new float[ModelInput.SIZE];
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < p.length; i++) {
      p[i] = random.nextFloat() < 0.2f ? random.nextFloat() : 0f;
    }
    return new ModelInput(p);
  }
}

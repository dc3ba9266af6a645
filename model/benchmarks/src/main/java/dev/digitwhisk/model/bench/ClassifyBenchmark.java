package dev.digitwhisk.model.bench;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;
import dev.digitwhisk.model.Preprocessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The shipped model on ONNX Runtime (one intra-op thread, the default): one image, and a batch of 64.
 * {@code -jvmArgsAppend -Ddigitwhisk.model.path=x.onnx} measures another model file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"})
public class ClassifyBenchmark {
  private DigitClassifier classifier;
  private ModelInput one;
  private List<ModelInput> batch;

  @Setup
  public void setUp() throws ModelException {
    String candidate = System.getProperty("digitwhisk.model.path", "");
    classifier = candidate.isBlank() ? DigitClassifier.loadDefault() : DigitClassifier.load(Path.of(candidate));
    one = Preprocessor.mnist().prepare(SampleImages.drawingPad());
    batch = new ArrayList<>(64);
    for (int i = 0; i < 64; i++) {
      batch.add(one);
    }
  }

  @TearDown
  public void tearDown() {
    classifier.close();
  }

  @Benchmark
  public Prediction classify1() throws ModelException {
    return classifier.classify(one);
  }

  @Benchmark
  public List<Prediction> classifyBatch64() throws ModelException {
    return classifier.classifyAll(batch);
  }
}

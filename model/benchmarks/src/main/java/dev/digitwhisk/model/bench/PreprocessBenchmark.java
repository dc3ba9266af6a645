package dev.digitwhisk.model.bench;

import dev.digitwhisk.model.ImageDecoder;
import dev.digitwhisk.model.ImageException;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Preprocessor;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Image → model input: decoding plus the MNIST preprocessing, and the preprocessing alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"})
public class PreprocessBenchmark {
  private byte[] padPng;
  private BufferedImage padImage;
  private byte[] photoJpeg;

  @Setup
  public void setUp() {
    padImage = SampleImages.drawingPad();
    padPng = SampleImages.encode(padImage, "png");
    photoJpeg = SampleImages.encode(SampleImages.paperPhoto(), "jpeg");
  }

  /** A 280×280 drawing-pad PNG: decode + prepare, what the action does per request. */
  @Benchmark
  public ModelInput png280_decodeAndPrepare() throws ImageException {
    return Preprocessor.mnist().prepare(padPng);
  }

  /** The same picture already decoded: the preprocessing alone. */
  @Benchmark
  public ModelInput png280_prepareOnly() throws ImageException {
    return Preprocessor.mnist().prepare(padImage);
  }

  /** Decoding alone, for comparison. */
  @Benchmark
  public BufferedImage png280_decodeOnly() throws ImageException {
    return ImageDecoder.decode(padPng);
  }

  /** A 1200×900 JPEG photo of paper: decode, light correction, denoise, prepare. */
  @Benchmark
  public ModelInput jpegPhoto1200x900_decodeAndPrepare() throws ImageException {
    return Preprocessor.mnist().prepare(photoJpeg);
  }
}

package dev.digitwhisk.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The MNIST CNN behind one ONNX Runtime session. Thread-safe: ONNX Runtime allows concurrent
 * {@code run} calls on one session, and each call here owns its tensors.
 */
public final class DigitClassifier implements AutoCloseable {
  public static final String MODEL_RESOURCE = "dev/digitwhisk/model/mnist-cnn.onnx";
  public static final String CARD_RESOURCE = "dev/digitwhisk/model/model-card.json";
  public static final String INPUT_NAME = "input";
  public static final String OUTPUT_NAME = "logits";
  /**
   * A system property naming a copy of the shipped model unpacked beside the application at build
   * time (the action image has one). ONNX Runtime then reads the file itself, which spares a cold
   * start inflating 3.5 MB out of the jar and copying it through the Java heap (~35 ms of CPU).
   */
  public static final String UNPACKED_MODEL_PROPERTY = "digitwhisk.model.unpacked";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final ModelCard card;

  private DigitClassifier(OrtEnvironment env, OrtSession session, ModelCard card) {
    this.env = env;
    this.session = session;
    this.card = card;
  }

  /** The model shipped in this artifact. */
  public static DigitClassifier loadDefault() throws ModelException {
    return loadDefault(ClassifierOptions.defaults());
  }

  public static DigitClassifier loadDefault(ClassifierOptions options) throws ModelException {
    byte[] cardJson = resource(CARD_RESOURCE);
    Path unpacked = unpackedShippedModel();
    if (unpacked != null && cardJson != null) {
      String file = unpacked.toString();
      return open(ModelCards.shipped(cardJson), options, (env, so) -> env.createSession(file, so));
    }
    byte[] onnx = resource(MODEL_RESOURCE);
    if (onnx == null) {
      throw new ModelException("The shipped model " + MODEL_RESOURCE + " is missing from the classpath.");
    }
    ModelCard card = cardJson == null ? ModelCards.unknownShipped(onnx) : ModelCards.shipped(cardJson);
    return open(card, options, (env, so) -> env.createSession(onnx, so));
  }

  /**
   * The copy of the shipped model named by {@value #UNPACKED_MODEL_PROPERTY}, if it is there and as
   * long as the classpath's; otherwise null, and the classpath copy is used.
   */
  private static Path unpackedShippedModel() {
    String where = System.getProperty(UNPACKED_MODEL_PROPERTY);
    if (where == null || where.isBlank()) {
      return null;
    }
    URL shipped = DigitClassifier.class.getClassLoader().getResource(MODEL_RESOURCE);
    if (shipped == null) {
      return null;
    }
    try {
      Path file = Path.of(where);
      return Files.size(file) == shipped.openConnection().getContentLengthLong() ? file : null;
    } catch (IOException | InvalidPathException e) {
      return null;
    }
  }

  /** A model file on disk; its card is {@code <name>.model-card.json} or {@code model-card.json} beside it. */
  public static DigitClassifier load(Path onnx) throws ModelException {
    return load(onnx, ClassifierOptions.defaults());
  }

  public static DigitClassifier load(Path onnx, ClassifierOptions options) throws ModelException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(onnx);
    } catch (NoSuchFileException e) {
      throw new ModelException("There is no model file at " + onnx + ".", e);
    } catch (IOException e) {
      throw new ModelException("The model file " + onnx + " cannot be read: " + e.getMessage(), e);
    }
    return open(ModelCards.beside(onnx, bytes), options, (env, so) -> env.createSession(bytes, so));
  }

  /** How a session gets its model: from bytes or from a file ONNX Runtime reads. */
  @FunctionalInterface
  private interface SessionSource {
    OrtSession create(OrtEnvironment env, OrtSession.SessionOptions options) throws OrtException;
  }

  private static DigitClassifier open(ModelCard card, ClassifierOptions options, SessionSource source) throws ModelException {
    OrtEnvironment env = OrtRuntime.environment();
    OrtSession session = null;
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
      so.setIntraOpNumThreads(options.intraOpThreads());
      so.setInterOpNumThreads(1);
      so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = source.create(env, so);
      if (!session.getInputNames().contains(INPUT_NAME) || !session.getOutputNames().contains(OUTPUT_NAME)) {
        throw new ModelException("The model " + card.name() + " has inputs " + session.getInputNames()
            + " and outputs " + session.getOutputNames() + "; expected an input named '" + INPUT_NAME
            + "' [N,1,28,28] and an output named '" + OUTPUT_NAME + "' [N,10].");
      }
      return new DigitClassifier(env, session, card);
    } catch (OrtException e) {
      throw new ModelException("ONNX Runtime cannot load the model " + card.name() + ": " + e.getMessage(), e);
    } catch (ModelException e) {
      closeQuietly(session);
      throw e;
    }
  }

  /** Classifies one image. */
  public Prediction classify(ModelInput input) throws ModelException {
    return classifyAll(List.of(input)).getFirst();
  }

  /** Classifies many images in one batched run; the answers come in the order of the inputs. */
  public List<Prediction> classifyAll(List<ModelInput> inputs) throws ModelException {
    if (inputs.isEmpty()) {
      return List.of();
    }
    int n = inputs.size();
    float[] batch = new float[n * ModelInput.SIZE];
    for (int i = 0; i < n; i++) {
      inputs.get(i).copyInto(batch, i * ModelInput.SIZE);
    }
    long[] shape = {n, 1, ModelInput.SIDE, ModelInput.SIDE};
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(batch), shape);
         OrtSession.Result result = session.run(Map.of(INPUT_NAME, tensor))) {
      if (!(result.get(OUTPUT_NAME).orElseThrow().getValue() instanceof float[][] logits) || logits.length != n) {
        throw new ModelException("The model " + card.name() + " did not answer with " + n + "×10 logits.");
      }
      List<Prediction> predictions = new ArrayList<>(n);
      for (float[] row : logits) {
        predictions.add(Prediction.ofLogits(row));
      }
      return predictions;
    } catch (OrtException | IllegalArgumentException e) {
      throw new ModelException("The model " + card.name() + " failed to run: " + e.getMessage(), e);
    }
  }

  /** What this model is, including the sha256 of the exact bytes loaded. */
  public ModelCard card() {
    return card;
  }

  @Override
  public void close() {
    closeQuietly(session);
  }

  private static void closeQuietly(OrtSession session) {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException e) {
        // Nothing useful to do: the session's native memory is released with the process anyway.
      }
    }
  }

  private static byte[] resource(String name) throws ModelException {
    try (InputStream in = DigitClassifier.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new ModelException("Reading " + name + " from the classpath failed: " + e.getMessage(), e);
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

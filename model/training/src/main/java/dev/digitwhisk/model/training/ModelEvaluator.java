package dev.digitwhisk.model.training;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;
import java.util.ArrayList;
import java.util.List;

/** Runs digits through the product's own {@link DigitClassifier} (ONNX Runtime) and counts. */
public final class ModelEvaluator {
  private static final int BATCH = 1000;

  private ModelEvaluator() {}

  public static Evaluation evaluate(DigitClassifier classifier, DigitData data) throws ModelException {
    int[] predicted = new int[data.size()];
    for (int from = 0; from < data.size(); from += BATCH) {
      int to = Math.min(data.size(), from + BATCH);
      List<ModelInput> inputs = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        inputs.add(new ModelInput(data.image(i)));
      }
      List<Prediction> predictions = classifier.classifyAll(inputs);
      for (int i = from; i < to; i++) {
        predicted[i] = predictions.get(i - from).digit();
      }
    }
    return Evaluation.of(data.labels(), predicted);
  }
}

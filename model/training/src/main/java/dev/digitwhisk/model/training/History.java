package dev.digitwhisk.model.training;

import java.util.List;
import java.util.Locale;

/** Per-epoch figures as CSV, for plotting a run. */
final class History {
  private History() {}

  static String csv(List<EpochStats> history) {
    StringBuilder out = new StringBuilder("epoch,train_loss,validation_accuracy,validation_loss,seconds,images_per_second,learning_rate\n");
    for (EpochStats s : history) {
      out.append(String.format(Locale.ROOT, "%d,%.5f,%.5f,%.5f,%.1f,%.0f,%.6f%n", s.epoch(), s.trainLoss(), s.validationAccuracy(),
          s.validationLoss(), s.seconds(), s.imagesPerSecond(), s.learningRate()));
    }
    return out.toString();
  }
}

package dev.digitwhisk.model.training;

import ai.djl.training.tracker.Tracker;

/** Linear warm-up to the base rate, then cosine decay to the final rate at the last step. */
record LearningRateSchedule(float base, float last, int warmup, int totalSteps) implements Tracker {

  @Override
  public float getNewValue(int step) {
    if (step < warmup) {
      return base * (step + 1) / warmup;
    }
    double progress = Math.min(1.0, (step - warmup) / (double) Math.max(1, totalSteps - warmup));
    return (float) (last + (base - last) * 0.5 * (1 + Math.cos(Math.PI * progress)));
  }
}

package dev.digitwhisk.model.training;

/** What one epoch achieved: mean training loss, validation accuracy/loss, speed, learning rate at its end. */
public record EpochStats(int epoch, double trainLoss, double validationAccuracy, double validationLoss,
    double seconds, double imagesPerSecond, float learningRate) {}

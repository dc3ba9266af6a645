package dev.digitwhisk.model;

/** Run in a child JVM by {@link OrtTempFolderTest}: loads the model, classifies once, exits. */
public final class OrtChild {
  private OrtChild() {}

  public static void main(String[] args) throws Exception {
    try (DigitClassifier classifier = DigitClassifier.loadDefault()) {
      System.out.println("digit " + classifier.classify(new ModelInput(new float[ModelInput.SIZE])).digit());
    }
  }
}

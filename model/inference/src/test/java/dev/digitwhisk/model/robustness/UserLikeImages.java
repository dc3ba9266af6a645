package dev.digitwhisk.model.robustness;

import dev.digitwhisk.model.mnist.MnistSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, reproducible sets of user-like pictures made from MNIST test digits, {@code perKind} of
 * every {@link UserImageKind}. Reusable by any module's tests (published in this module's test-jar).
 */
public final class UserLikeImages {
  /** One picture and the digit it shows. */
  public record Sample(UserImageKind kind, int label, int mnistIndex, byte[] bytes) {}

  private UserLikeImages() {}

  public static List<Sample> generate(MnistSet test, int perKind, long seed) {
    List<Sample> samples = new ArrayList<>();
    for (UserImageKind kind : UserImageKind.values()) {
      samples.addAll(generate(test, kind, perKind, seed));
    }
    return samples;
  }

  public static List<Sample> generate(MnistSet test, UserImageKind kind, int count, long seed) {
    Random random = new Random(seed * 31 + kind.ordinal());
    List<Sample> samples = new ArrayList<>(count);
    while (samples.size() < count) {
      int index = random.nextInt(test.size());
      int label = test.label(index);
      byte[] bytes = kind.render(test.images().image(index), label, random);
      if (bytes != null) {
        samples.add(new Sample(kind, label, index, bytes));
      }
    }
    return samples;
  }
}

package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import dev.digitwhisk.model.robustness.Similarity;
import dev.digitwhisk.model.robustness.UserImageKind;
import dev.digitwhisk.model.robustness.UserLikeImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreprocessorTest {
  private static MnistSet test;

  @BeforeAll
  static void mnist() throws IOException {
    Optional<MnistFiles> files = MnistFiles.locate();
    test = files.isPresent() && files.get().hasTest() ? files.get().readTest() : null;
  }

  @Test
  void prepare_mnistDigitAsItIs_comesBackAlmostUnchanged() throws ImageException {
    assumeMnist();
    double sum = 0;
    for (int i = 0; i < 200; i++) {
      BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      int[] pixels = test.images().image(i);
      image.getRaster().setPixels(0, 0, 28, 28, pixels);
      sum += Similarity.correlation(Preprocessor.mnist().prepare(image).pixels(), ModelInput.ofMnist(pixels).pixels());
    }
    assertThat(sum / 200).isGreaterThan(0.98);
  }

  @ParameterizedTest
  @EnumSource(value = UserImageKind.class, names = {"LARGE_OFF_CENTRE", "INVERTED", "COLOURED", "TRANSPARENT", "JPEG_PHOTO"})
  void prepare_mnistDigitReRendered_looksLikeTheOriginal(UserImageKind kind) throws ImageException {
    assumeMnist();
    List<UserLikeImages.Sample> samples = UserLikeImages.generate(test, kind, 40, 5);
    double sum = 0;
    for (UserLikeImages.Sample s : samples) {
      ModelInput input = Preprocessor.mnist().prepare(s.bytes());
      double r = Similarity.correlation(input.pixels(), ModelInput.ofMnist(test.images().image(s.mnistIndex())).pixels());
      assertThat(r).as("%s sample of MNIST #%d", kind, s.mnistIndex()).isGreaterThan(0.4);
      sum += r;
    }
    assertThat(sum / samples.size()).as("mean correlation, %s", kind).isGreaterThan(0.9);
  }

  @ParameterizedTest
  @EnumSource(UserImageKind.class)
  void prepare_anyUserLikePicture_isLaidOutTheMnistWay(UserImageKind kind) throws ImageException {
    assumeMnist();
    for (UserLikeImages.Sample s : UserLikeImages.generate(test, kind, 15, 9)) {
      ModelInput input = Preprocessor.mnist().prepare(s.bytes());
      Geometry g = Geometry.of(input);

      assertThat(g.maxSide()).as("bounding box of %s #%d", kind, s.mnistIndex()).isBetween(17, 20);
      assertThat(g.comX()).isCloseTo(14, within(1.0));
      assertThat(g.comY()).isCloseTo(14, within(1.0));
      assertThat(g.max()).isEqualTo(1f);
    }
  }

  @Test
  void prepare_aThinLineOnABigCanvas_getsAnMnistPen() throws ImageException {
    ModelInput input = Preprocessor.mnist().prepare(Encoded.encode(thinOne(), "png"));
    Geometry g = Geometry.of(input);

    assertThat(g.maxSide()).isEqualTo(20);
    // MNIST's ones are 2–4 px wide; a 3 px line on 1000 px would be a 0.1 px smear without dilation.
    assertThat(g.width()).isBetween(2, 5);
    assertThat(g.inkAbove(0.5f)).isGreaterThanOrEqualTo(30);
  }

  @Test
  void prepare_sameDigitAnywhereOnTheCanvas_givesTheSameInput() throws ImageException {
    BufferedImage left = canvasWithLine(40);
    BufferedImage right = canvasWithLine(400);

    ModelInput a = Preprocessor.mnist().prepare(left);
    ModelInput b = Preprocessor.mnist().prepare(right);

    assertThat(Similarity.correlation(a.pixels(), b.pixels())).isGreaterThan(0.99);
  }

  @Test
  void prepare_darkOnLightAndLightOnDark_giveTheSameInput() throws ImageException {
    BufferedImage dark = Encoded.sketch(200);
    BufferedImage light = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        light.setRGB(x, y, ~dark.getRGB(x, y) & 0xffffff);
      }
    }
    assertThat(Preprocessor.mnist().prepare(light)).isEqualTo(Preprocessor.mnist().prepare(dark));
  }

  private static BufferedImage thinOne() {
    BufferedImage image = Encoded.filled(1000, 1000, java.awt.Color.WHITE, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.BLACK);
    g.setStroke(new java.awt.BasicStroke(3f));
    g.drawLine(500, 150, 520, 850);
    g.dispose();
    return image;
  }

  private static BufferedImage canvasWithLine(int x) {
    BufferedImage image = Encoded.filled(600, 300, java.awt.Color.BLACK, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.setStroke(new java.awt.BasicStroke(16f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {x, x + 100, x + 40}, new int[] {60, 60, 240}, 3);
    g.dispose();
    return image;
  }

  private static void assumeMnist() {
    assumeTrue(test != null, "MNIST test set not found: " + MnistFiles.HOW_TO_GET);
  }

  /** Bounding box, centre of mass and ink of a model input. */
  record Geometry(int x0, int y0, int x1, int y1, double comX, double comY, float max, float[] pixels) {
    static Geometry of(ModelInput input) {
      float[] p = input.pixels();
      int x0 = 28;
      int y0 = 28;
      int x1 = -1;
      int y1 = -1;
      double mass = 0;
      double mx = 0;
      double my = 0;
      float max = 0;
      for (int i = 0; i < p.length; i++) {
        int x = i % 28;
        int y = i / 28;
        if (p[i] > 0) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
        mass += p[i];
        mx += p[i] * x;
        my += p[i] * y;
        max = Math.max(max, p[i]);
      }
      return new Geometry(x0, y0, x1, y1, mx / mass, my / mass, max, p);
    }

    int width() {
      return x1 - x0 + 1;
    }

    int maxSide() {
      return Math.max(x1 - x0 + 1, y1 - y0 + 1);
    }

    int inkAbove(float level) {
      int n = 0;
      for (float f : pixels) {
        n += f > level ? 1 : 0;
      }
      return n;
    }
  }
}

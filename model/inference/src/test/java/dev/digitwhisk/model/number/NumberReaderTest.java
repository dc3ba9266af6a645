package dev.digitwhisk.model.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ImageException;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.NoDigitFoundException;
import dev.digitwhisk.model.Prediction;
import dev.digitwhisk.model.Preprocessor;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a number reading holds, and the pictures that must give a clear answer or a clear error. */
class NumberReaderTest {
  private static DigitClassifier classifier;
  private static NumberReader reader;
  private static MnistSet test;

  @BeforeAll
  static void load() throws Exception {
    classifier = DigitClassifier.loadDefault();
    reader = new NumberReader(classifier);
    Optional<MnistFiles> files = MnistFiles.locate();
    test = files.isPresent() && files.get().hasTest() ? files.get().readTest() : null;
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  @Test
  void oneDrawnDigit_isExactlyTheSingleDigitResult() throws Exception {
    BufferedImage image = white(280, 280);
    Graphics2D g = pen(image, 18);
    g.drawLine(140, 50, 140, 230);
    g.drawLine(140, 50, 110, 80);
    g.dispose();

    NumberReading reading = reader.read(image);

    ModelInput single = Preprocessor.mnist().prepare(image);
    Prediction expected = classifier.classify(single);
    assertThat(reading.digits()).hasSize(1);
    ReadDigit digit = reading.digits().getFirst();
    assertThat(digit.input()).isEqualTo(single);
    assertThat(digit.digit()).isEqualTo(expected.digit());
    assertThat(digit.probabilities()).containsExactly(expected.probabilities());
    assertThat(reading.text()).isEqualTo(Integer.toString(expected.digit()));
    assertThat(reading.confidence()).isEqualTo(expected.confidence(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void mnistDigitsSideBySide_readLeftToRight_withLeadingZerosAndBoxesInThePicture() throws Exception {
    assumeTrue(test != null, "MNIST test set not found: " + MnistFiles.HOW_TO_GET);
    int[] picks = {first(0), first(0), first(7), first(4)};
    BufferedImage image = new BufferedImage(28 * picks.length * 3 + 40, 3 * 28 + 40, BufferedImage.TYPE_INT_RGB);
    for (int k = 0; k < picks.length; k++) {
      drawMnist(image, test.images().image(picks[k]), 20 + 84 * k, 20, 3);
    }

    NumberReading reading = reader.read(image);

    assertThat(reading.text()).isEqualTo("0074");
    double product = 1;
    int lastX = -1;
    for (ReadDigit d : reading.digits()) {
      product *= d.confidence();
      assertThat(d.box().x()).isGreaterThan(lastX);
      lastX = d.box().x();
      assertThat(d.box().x() + d.box().width()).isLessThanOrEqualTo(image.getWidth());
      assertThat(d.box().y() + d.box().height()).isLessThanOrEqualTo(image.getHeight());
      assertThat(d.box().width()).isGreaterThan(10);
      assertThat(d.unsure()).isEqualTo(d.confidence() < NumberReader.UNSURE);
    }
    assertThat(reading.confidence()).isCloseTo(product, org.assertj.core.data.Offset.offset(1e-9));
  }

  /**
   * Thick pen strokes, each digit in its own cell, as the clients' test pictures draw them: an
   * ordinary 7 beside 1s is many times as wide as they are and must still not be cut.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1771", "171", "71", "17", "7117", "1177", "717", "77", "11"})
  void onesAndSevensDrawnApart_readAsDrawn(String number) throws Exception {
    assertThat(reader.read(onesAndSevens(number)).text()).isEqualTo(number);
  }

  @Test
  void blankPicture_isNoDigitFound() {
    assertThatThrownBy(() -> reader.read(white(300, 100))).isInstanceOf(NoDigitFoundException.class);
  }

  @Test
  void moreThan32Digits_isAClearError() {
    BufferedImage image = white(34 * 40 + 40, 120);
    Graphics2D g = pen(image, 5);
    for (int k = 0; k < 34; k++) {
      g.drawLine(30 + 40 * k, 30, 30 + 40 * k, 90);
    }
    g.dispose();

    assertThatThrownBy(() -> reader.read(image))
        .isInstanceOf(TooManyDigitsException.class)
        .hasMessageContaining(Integer.toString(NumberReader.MAX_DIGITS));
  }

  @Test
  void twoHundredTinySpecks_isAClearError() {
    BufferedImage image = white(640, 480);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    Random random = new Random(200);
    for (int k = 0; k < 200; k++) {
      g.fillRect(random.nextInt(630), random.nextInt(470), 3, 3);
    }
    g.dispose();

    assertThatThrownBy(() -> reader.read(image)).isInstanceOf(TooManyDigitsException.class);
  }

  @Test
  void tenThousandPixelStrip_givesAnAnswerOrAClearError() {
    BufferedImage image = white(10_000, 120);
    Graphics2D g = pen(image, 8);
    for (int x = 40; x < 10_000; x += 90) {
      g.drawLine(x, 20, x + 30, 100);
      g.drawOval(x + 40, 30, 30, 60);
    }
    g.dispose();

    Throwable thrown = catchThrowable(() -> {
      NumberReading reading = reader.read(image);
      assertThat(reading.digits()).hasSizeBetween(1, NumberReader.MAX_DIGITS);
    });

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(ImageException.class).hasMessageNotContaining("Exception");
    }
  }

  private static int first(int label) {
    for (int i = 0; i < test.size(); i++) {
      if (test.label(i) == label) {
        return i;
      }
    }
    throw new IllegalStateException("no " + label);
  }

  private static void drawMnist(BufferedImage image, int[] pixels, int left, int top, int scale) {
    for (int y = 0; y < 28 * scale; y++) {
      for (int x = 0; x < 28 * scale; x++) {
        int level = 255 - pixels[(y / scale) * 28 + x / scale];
        image.setRGB(left + x, top + y, level << 16 | level << 8 | level);
      }
    }
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        boolean inside = x >= 20 && y >= 20 && y < 20 + 28 * scale && x < image.getWidth() - 20;
        if (!inside) {
          image.setRGB(x, y, 0xffffff);
        }
      }
    }
  }

  /** Ones and sevens drawn with a 12-pixel round pen, each in its own 140×140 cell. */
  private static BufferedImage onesAndSevens(String digits) {
    BufferedImage image = white(140 * digits.length(), 140);
    Graphics2D g = pen(image, 12);
    for (int i = 0; i < digits.length(); i++) {
      int x = 140 * i;
      if (digits.charAt(i) == '7') {
        g.drawLine(x + 35, 30, x + 105, 30);
        g.drawLine(x + 105, 30, x + 60, 115);
      } else {
        g.drawLine(x + 70, 25, x + 70, 115);
      }
    }
    g.dispose();
    return image;
  }

  private static BufferedImage white(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static Graphics2D pen(BufferedImage image, float width) {
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    return g;
  }
}

package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.model.robustness.Similarity;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Unusual but valid files: every pixel layout ImageIO produces must preprocess like a plain RGB picture. */
class PreprocessorOddInputTest {
  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("8-bit grey PNG", Encoded.encode(drawn(BufferedImage.TYPE_BYTE_GRAY), "png")),
        Arguments.of("16-bit grey PNG", Encoded.encode(drawn(BufferedImage.TYPE_USHORT_GRAY), "png")),
        Arguments.of("grey + alpha PNG", Encoded.encode(greyAlpha(), "png")),
        Arguments.of("palette GIF", Encoded.encode(drawn(BufferedImage.TYPE_BYTE_INDEXED), "gif")),
        Arguments.of("1-bit BMP", Encoded.encode(drawn(BufferedImage.TYPE_BYTE_BINARY), "bmp")),
        Arguments.of("RGBA PNG", Encoded.encode(drawn(BufferedImage.TYPE_INT_ARGB), "png")),
        Arguments.of("BGR JPEG", Encoded.encode(drawn(BufferedImage.TYPE_3BYTE_BGR), "jpeg")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void prepare_anyPixelLayout_matchesThePlainRgbResult(String name, byte[] file) throws ImageException {
    ModelInput expected = Preprocessor.mnist().prepare(drawn(BufferedImage.TYPE_INT_RGB));

    ModelInput actual = Preprocessor.mnist().prepare(file);

    // JPEG noise may move the centre of mass across a rounding edge: allow a one-pixel shift.
    assertThat(Similarity.bestShiftedCorrelation(actual.pixels(), expected.pixels(), 1)).as(name).isGreaterThan(0.9);
  }

  @ParameterizedTest(name = "{0}×{1}")
  @MethodSource("sizes")
  void prepare_degenerateSizes_giveAnInputOrNoDigit(int width, int height) {
    BufferedImage image = Encoded.filled(width, height, Color.WHITE, BufferedImage.TYPE_INT_RGB);
    image.setRGB(width / 2, height / 2, 0);
    image.setRGB(0, 0, 0);
    try {
      ModelInput input = Preprocessor.mnist().prepare(Encoded.encode(image, "png"));
      assertThat(input.pixels()).hasSize(784);
    } catch (NoDigitFoundException expected) {
      assertThat(expected).hasMessageStartingWith("No digit found");
    } catch (ImageException other) {
      throw new AssertionError(other);
    }
  }

  static Stream<Arguments> sizes() {
    return Stream.of(Arguments.of(1, 1), Arguments.of(1, 900), Arguments.of(900, 1), Arguments.of(3, 3),
        Arguments.of(2, 5000), Arguments.of(7, 7));
  }

  /** A dark "7" on white drawn into an image of the given type. */
  private static BufferedImage drawn(int type) {
    BufferedImage image = new BufferedImage(120, 140, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 140);
    seven(g, Color.BLACK);
    g.dispose();
    return image;
  }

  private static BufferedImage greyAlpha() {
    ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
        Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
    WritableRaster raster = model.createCompatibleWritableRaster(120, 140);
    BufferedImage image = new BufferedImage(model, raster, false, null);
    BufferedImage argb = new BufferedImage(120, 140, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = argb.createGraphics();
    seven(g, Color.BLACK);
    g.dispose();
    for (int y = 0; y < 140; y++) {
      for (int x = 0; x < 120; x++) {
        raster.setSample(x, y, 0, 0);
        raster.setSample(x, y, 1, argb.getRGB(x, y) >>> 24);
      }
    }
    return image;
  }

  private static void seven(Graphics2D g, Color pen) {
    g.setColor(pen);
    g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {25, 95, 50}, new int[] {20, 20, 120}, 3);
  }
}

package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pictures with no digit in them must be refused, never guessed at. */
class PreprocessorBlankTest {
  private final Preprocessor preprocessor = Preprocessor.mnist();

  @Test
  void prepare_allWhite_isNoDigit() {
    assertBlank(Encoded.encode(Encoded.filled(280, 280, Color.WHITE, BufferedImage.TYPE_INT_RGB), "png"));
  }

  @Test
  void prepare_allBlack_isNoDigit() {
    assertBlank(Encoded.encode(Encoded.filled(280, 280, Color.BLACK, BufferedImage.TYPE_BYTE_GRAY), "png"));
  }

  @Test
  void prepare_uniformColour_isNoDigit() {
    assertBlank(Encoded.encode(Encoded.filled(64, 48, new Color(0x3366cc), BufferedImage.TYPE_INT_RGB), "jpeg"));
  }

  @Test
  void prepare_fullyTransparentPng_isNoDigit() {
    BufferedImage clear = new BufferedImage(280, 280, BufferedImage.TYPE_INT_ARGB);

    assertThatThrownBy(() -> preprocessor.prepare(Encoded.encode(clear, "png")))
        .isInstanceOf(NoDigitFoundException.class)
        .hasMessage("No digit found: the image is blank (fully transparent).");
  }

  @Test
  void prepare_transparentPngWithHiddenColours_isNoDigit() {
    BufferedImage clear = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 100; x++) {
        clear.setRGB(x, y, (x * 2) << 16 | (y * 2)); // colour under alpha 0 must not count
      }
    }
    assertBlank(Encoded.encode(clear, "png"));
  }

  @Test
  void prepare_emptyCanvasWithFaintPaperNoise_isNoDigit() {
    BufferedImage paper = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(3);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) {
        int v = Math.clamp(Math.round(235 + (float) random.nextGaussian() * 4), 0, 255);
        paper.setRGB(x, y, v << 16 | v << 8 | v);
      }
    }
    assertBlank(Encoded.encode(paper, "jpeg"));
  }

  @Test
  void prepare_smoothLightingGradientOnly_isNoDigit() {
    BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(240, 238, 230), 400, 300, new Color(150, 148, 140)));
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    assertBlank(Encoded.encode(photo, "jpeg"));
  }

  @Test
  void prepare_randomNoiseEverywhere_isNoDigit() {
    BufferedImage noise = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
    Random random = new Random(11);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        noise.getRaster().setSample(x, y, 0, random.nextInt(256));
      }
    }
    assertThatThrownBy(() -> preprocessor.prepare(Encoded.encode(noise, "png")))
        .isInstanceOf(NoDigitFoundException.class)
        .hasMessageStartingWith("No digit found");
  }

  @Test
  void prepare_aSingleDustSpeck_isNoDigit() {
    BufferedImage paper = Encoded.filled(280, 280, Color.WHITE, BufferedImage.TYPE_INT_RGB);
    paper.setRGB(140, 140, 0);
    assertBlank(Encoded.encode(paper, "png"));
  }

  @Test
  void prepare_badBytes_keepTheirDecoderException() {
    assertThatThrownBy(() -> preprocessor.prepare("hello".getBytes()))
        .isInstanceOf(NotAnImageException.class);
    assertThatThrownBy(() -> preprocessor.prepare(Headers.png(30_000, 30_000)))
        .isInstanceOf(ImageTooLargeException.class);
  }

  private void assertBlank(byte[] image) {
    assertThatThrownBy(() -> preprocessor.prepare(image))
        .isInstanceOf(NoDigitFoundException.class)
        .hasMessageStartingWith("No digit found: the image is blank");
  }
}

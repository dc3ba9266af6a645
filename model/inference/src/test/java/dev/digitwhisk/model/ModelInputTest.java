package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.protocol.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ModelInputTest {
  @Test
  void ofMnist_scalesTo0to1() {
    int[] pixels = new int[784];
    pixels[0] = 255;
    pixels[1] = 51;

    ModelInput input = ModelInput.ofMnist(pixels);

    assertThat(input.at(0, 0)).isEqualTo(1f);
    assertThat(input.at(0, 1)).isEqualTo(0.2f);
    assertThat(input.at(27, 27)).isZero();
  }

  @Test
  void toPng_isThe28x28GreyImageTheModelSees() throws Exception {
    int[] pixels = new int[784];
    pixels[28 * 5 + 7] = 255;

    byte[] png = ModelInput.ofMnist(pixels).toPng();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

    assertThat(ImageFormat.sniff(png)).contains(ImageFormat.PNG);
    assertThat(image.getWidth()).isEqualTo(28);
    assertThat(image.getRaster().getSample(7, 5, 0)).isEqualTo(255);
    assertThat(image.getRaster().getSample(8, 5, 0)).isZero();
  }

  @Test
  void toPng_decodesToTheSamePixelsAsToImage() throws Exception {
    float[] pixels = new float[ModelInput.SIZE];
    Random random = new Random(7);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = i % 5 == 0 ? random.nextFloat() : 0f;
    }
    ModelInput input = new ModelInput(pixels);

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(input.toPng()));
    BufferedImage expected = input.toImage();

    assertThat(decoded.getWidth()).isEqualTo(28);
    assertThat(decoded.getHeight()).isEqualTo(28);
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        assertThat(decoded.getRaster().getSample(x, y, 0)).as("pixel %d,%d", x, y)
            .isEqualTo(expected.getRaster().getSample(x, y, 0));
      }
    }
  }

  @Test
  void constructor_wrongSizeOrRange_isRefused() {
    assertThatThrownBy(() -> new ModelInput(new float[10])).hasMessageContaining("784");
    float[] bad = new float[784];
    bad[3] = 1.5f;
    assertThatThrownBy(() -> new ModelInput(bad)).hasMessageContaining("0..1");
    bad[3] = Float.NaN;
    assertThatThrownBy(() -> new ModelInput(bad)).hasMessageContaining("0..1");
  }

  @Test
  void pixels_areCopies() {
    float[] source = new float[784];
    ModelInput input = new ModelInput(source);
    source[0] = 1f;
    input.pixels()[1] = 1f;

    assertThat(input.at(0, 0)).isZero();
    assertThat(input.at(0, 1)).isZero();
    assertThat(input).isEqualTo(new ModelInput(new float[784]));
  }
}

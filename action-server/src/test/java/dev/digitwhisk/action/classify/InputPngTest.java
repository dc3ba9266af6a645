package dev.digitwhisk.action.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.model.ModelInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class InputPngTest {
  @Test
  void encode_decodesToTheSamePixelsAsTheModelsOwnPng() throws Exception {
    float[] pixels = new float[ModelInput.SIZE];
    Random random = new Random(7);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = i % 5 == 0 ? random.nextFloat() : 0f;
    }
    ModelInput input = new ModelInput(pixels);
    BufferedImage ours = ImageIO.read(new ByteArrayInputStream(InputPng.encode(input)));
    BufferedImage theirs = ImageIO.read(new ByteArrayInputStream(input.toPng()));
    assertThat(ours.getWidth()).isEqualTo(28);
    assertThat(ours.getHeight()).isEqualTo(28);
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        assertThat(ours.getRaster().getSample(x, y, 0)).as("pixel %d,%d", x, y)
            .isEqualTo(theirs.getRaster().getSample(x, y, 0));
      }
    }
  }
}

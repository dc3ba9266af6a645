package dev.digitwhisk.model.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class NumberPictureTest {
  /** Two 4×4 "digits": a 1 in column 1 and a 7 two columns wide. */
  private static MnistSet set() {
    byte[] pixels = new byte[2 * 16];
    for (int row = 0; row < 4; row++) {
      pixels[row * 4 + 1] = (byte) 255;
      pixels[16 + row * 4 + 2] = (byte) 255;
      pixels[16 + row * 4 + 3] = (byte) 128;
    }
    return new MnistSet(new Images(2, 4, 4, pixels), new byte[] {1, 7});
  }

  @Test
  void of_spellsTheLabels_andSetsTheInkDarkOnWhiteAGapApart() throws Exception {
    NumberPicture picture = NumberPicture.of(set(), 2, 1, 0, 1);

    assertThat(picture.text()).isEqualTo("717");
    BufferedImage image = picture.image();
    // Each digit cropped to its ink's columns (2, 1 and 2 wide), six clear columns around and between them.
    assertThat(image.getWidth()).isEqualTo((6 + 2 + 6 + 1 + 6 + 2 + 6) * 2);
    assertThat(image.getHeight()).isEqualTo((6 + 4 + 6) * 2);
    assertThat(image.getRaster().getSample(0, 0, 0)).isEqualTo(255);
    assertThat(image.getRaster().getSample(6 * 2, 6 * 2, 0)).isZero();
    assertThat(image.getRaster().getSample(7 * 2, 6 * 2, 0)).isEqualTo(127);
    assertThat(image.getRaster().getSample(8 * 2, 6 * 2, 0)).as("the gap").isEqualTo(255);
    assertThat(ImageIO.read(new ByteArrayInputStream(picture.png())).getWidth()).isEqualTo(image.getWidth());
  }

  @Test
  void of_noDigits_isRefused() {
    assertThatThrownBy(() -> NumberPicture.of(set(), 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

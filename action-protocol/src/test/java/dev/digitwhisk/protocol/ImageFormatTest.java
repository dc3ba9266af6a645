package dev.digitwhisk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {
  @Test
  void sniff_magicBytes_namesTheFormat() {
    assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).contains(ImageFormat.PNG);
    assertThat(ImageFormat.sniff(bytes(0xff, 0xd8, 0xff, 0xe0))).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).contains(ImageFormat.GIF);
    assertThat(ImageFormat.sniff(bytes('B', 'M', 0x46, 0))).contains(ImageFormat.BMP);
  }

  @Test
  void sniff_otherBytes_isEmpty() {
    assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
    assertThat(ImageFormat.sniff(null)).isEmpty();
    assertThat(ImageFormat.sniff("RIFF....WEBP".getBytes())).isEmpty();
    assertThat(ImageFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void mimeType_isTheRegisteredOne() {
    assertThat(ImageFormat.JPEG.mimeType()).isEqualTo("image/jpeg");
    assertThat(ImageFormat.PNG.imageIoName()).isEqualTo("png");
  }
}

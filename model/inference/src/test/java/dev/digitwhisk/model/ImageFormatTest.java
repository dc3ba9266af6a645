package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageFormatTest {
  @Test
  void sniff_magicBytes_namesTheFormat() {
    assertThat(ImageFormat.sniff(Headers.png(1, 1))).contains(ImageFormat.PNG);
    assertThat(ImageFormat.sniff(Headers.jpeg(1, 1))).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.sniff(Headers.gif(1, 1))).contains(ImageFormat.GIF);
    assertThat(ImageFormat.sniff(Headers.bmp(1, 1))).contains(ImageFormat.BMP);
  }

  @Test
  void sniff_otherBytes_isEmpty() {
    assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
    assertThat(ImageFormat.sniff(null)).isEmpty();
    assertThat(ImageFormat.sniff("RIFF....WEBP".getBytes())).isEmpty();
    assertThat(ImageFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
  }

  @Test
  void mimeType_isTheRegisteredOne() {
    assertThat(ImageFormat.JPEG.mimeType()).isEqualTo("image/jpeg");
    assertThat(ImageFormat.PNG.imageIoName()).isEqualTo("png");
  }
}

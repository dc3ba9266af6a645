package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.protocol.Limits;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDecoderTest {

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
  void decode_everyFormat_givesThePicture(String format) throws ImageException {
    byte[] bytes = Encoded.encode(Encoded.sketch(60), format);

    BufferedImage image = ImageDecoder.decode(bytes);

    assertThat(image.getWidth()).isEqualTo(60);
    assertThat(image.getHeight()).isEqualTo(60);
  }

  @Test
  void decode_empty_isNotAnImage() {
    assertThatThrownBy(() -> ImageDecoder.decode(new byte[0]))
        .isInstanceOf(NotAnImageException.class)
        .hasMessage("The file is empty: there is no image to read.");
  }

  @Test
  void decode_text_isNotAnImage() {
    byte[] text = "{\"value\": \"hello\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ImageDecoder.decode(text))
        .isInstanceOf(NotAnImageException.class)
        .hasMessageContaining("only PNG, JPEG, GIF and BMP");
  }

  @Test
  void decode_overSixteenMebibytes_isTooLargeBeforeLookingInside() {
    byte[] huge = new byte[Limits.MAX_IMAGE_BYTES + 1];

    assertThatThrownBy(() -> ImageDecoder.decode(huge))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("images up to 10.0 MiB are accepted");
  }

  static Stream<Arguments> bombs() {
    return Stream.of(
        Arguments.of("PNG", (BiFunction<Integer, Integer, byte[]>) Headers::png),
        Arguments.of("GIF", (BiFunction<Integer, Integer, byte[]>) Headers::gif),
        Arguments.of("BMP", (BiFunction<Integer, Integer, byte[]>) Headers::bmp),
        Arguments.of("JPEG", (BiFunction<Integer, Integer, byte[]>) Headers::jpeg));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void decode_headerClaiming30000x30000_isRefusedFromTheHeader(String format, BiFunction<Integer, Integer, byte[]> header) {
    assertThatThrownBy(() -> ImageDecoder.decode(header.apply(30_000, 30_000)))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessage("The " + format + " image claims to be 30000×30000 pixels; images up to 10000 pixels a side and 40 megapixels are accepted.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void decode_tooManyMegapixels_isRefused(String format, BiFunction<Integer, Integer, byte[]> header) {
    assertThatThrownBy(() -> ImageDecoder.decode(header.apply(9_000, 9_000)))
        .isInstanceOf(ImageTooLargeException.class)
        .hasMessageContaining("claims to be 9000×9000 pixels");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void decode_zeroByZero_isCorrupt(String format, BiFunction<Integer, Integer, byte[]> header) {
    assertThatThrownBy(() -> ImageDecoder.decode(header.apply(0, 0)))
        .isInstanceOf(CorruptImageException.class)
        .hasMessage("The " + format + " image is 0×0 pixels: there is nothing to look at.");
  }

  @Test
  void decode_bombHeaders_allocateAlmostNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    byte[][] bombs = {Headers.png(30_000, 30_000), Headers.gif(30_000, 30_000), Headers.bmp(30_000, 30_000),
        Headers.jpeg(30_000, 30_000), Headers.png(10_000, 4_000)};
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int round = 0; round < 5; round++) {
      for (byte[] bomb : bombs) {
        try {
          ImageDecoder.decode(bomb);
        } catch (ImageException expected) {
          // every one is refused or found corrupt; what matters is the memory it took
        }
      }
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    // A 30000×30000 picture would need 900 MB at one byte a pixel; 25 refusals take a few MB at most.
    assertThat(allocated).isLessThan(32L * 1024 * 1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
  void decode_truncated_isCorrupt(String format) {
    byte[] whole = Encoded.encode(Encoded.sketch(200), format);
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> ImageDecoder.decode(half))
        .isInstanceOf(CorruptImageException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void decode_onlyTheMagicBytes_isCorrupt() {
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};

    assertThatThrownBy(() -> ImageDecoder.decode(magic))
        .isInstanceOf(CorruptImageException.class)
        .hasMessage("The PNG file is damaged or cut short: its header cannot be read.");
  }

  @Test
  void decode_garbageAfterMagic_isCorruptNotACrash() {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xd8;
    bytes[2] = (byte) 0xff;

    assertThatThrownBy(() -> ImageDecoder.decode(bytes)).isInstanceOf(CorruptImageException.class);
  }

  @Test
  void decode_overFourMegapixels_isSubsampledToBoundMemory() throws ImageException {
    byte[] png = Encoded.encode(Encoded.filled(3000, 2000, java.awt.Color.WHITE, BufferedImage.TYPE_BYTE_GRAY), "png");

    BufferedImage image = ImageDecoder.decode(png);

    assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(ImageDecoder.DECODE_MAX_PIXELS);
    assertThat(image.getWidth()).isEqualTo(1500);
  }

  @Test
  void decode_usesNoDiskCache() throws ImageException {
    ImageDecoder.decode(Encoded.encode(Encoded.sketch(20), "png"));

    assertThat(javax.imageio.ImageIO.getUseCache()).isFalse();
  }

  @Test
  void decode_runsHeadless() {
    assertThat(java.awt.GraphicsEnvironment.isHeadless()).as("tests run with java.awt.headless=true").isTrue();
  }

  @Test
  void subsampling_keepsDecodedPicturesUnderTheLimit() {
    assertThat(ImageDecoder.subsampling(2000, 2000)).isEqualTo(1);
    assertThat(ImageDecoder.subsampling(2001, 2000)).isEqualTo(2);
    assertThat(ImageDecoder.subsampling(10_000, 4_000)).isEqualTo(4);
  }
}

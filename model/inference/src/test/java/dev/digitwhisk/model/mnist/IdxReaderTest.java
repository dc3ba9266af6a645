package dev.digitwhisk.model.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir
  Path dir;

  @Test
  void readImages_plainFile_givesEveryPixel() throws IOException {
    Path file = write("images", images(3, 2, 2), false);

    Images images = IdxReader.readImages(file);

    assertThat(images.count()).isEqualTo(3);
    assertThat(images.rows()).isEqualTo(2);
    assertThat(images.cols()).isEqualTo(2);
    assertThat(images.image(2)).containsExactly(8, 9, 10, 11);
    assertThat(images.pixel(1, 1, 0)).isEqualTo(6);
  }

  @Test
  void readImages_gzipFile_isReadTheSameWay() throws IOException {
    Path file = write("images.gz", images(3, 2, 2), true);

    assertThat(IdxReader.readImages(file).image(1)).containsExactly(4, 5, 6, 7);
  }

  @Test
  void readLabels_bothEncodings_giveTheLabels() throws IOException {
    byte[] labels = idx(0x0801, new int[] {4}, new byte[] {7, 2, 1, 0});

    assertThat(IdxReader.readLabels(write("l", labels, false))).containsExactly(7, 2, 1, 0);
    assertThat(IdxReader.readLabels(write("l.gz", labels, true))).containsExactly(7, 2, 1, 0);
  }

  @Test
  void readImages_pixelsAbove127_areUnsigned() throws IOException {
    Path file = write("bright", idx(0x0803, new int[] {1, 1, 2}, new byte[] {(byte) 255, (byte) 128}), false);

    assertThat(IdxReader.readImages(file).image(0)).containsExactly(255, 128);
  }

  @Test
  void readImages_labelFile_isRefusedByItsMagic() throws IOException {
    Path file = write("labels", idx(0x0801, new int[] {2}, new byte[] {1, 2}), false);

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not an IDX file of 3-dimensional unsigned bytes (magic 0x00000801)");
  }

  @Test
  void readLabels_wrongMagic_isRefused() throws IOException {
    Path file = write("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 0}, false);

    assertThatThrownBy(() -> IdxReader.readLabels(file)).hasMessageContaining("is not an IDX file");
  }

  @Test
  void readImages_truncated_saysSo() throws IOException {
    byte[] whole = images(10, 28, 28);
    Path file = write("cut", Arrays.copyOf(whole, whole.length - 100), false);

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated, the header announces 7840 bytes");
  }

  @Test
  void readImages_truncatedGzip_saysSo() throws IOException {
    byte[] gz = gzip(images(10, 28, 28));
    Path file = write("cut.gz", Arrays.copyOf(gz, gz.length / 2), false);

    assertThatThrownBy(() -> IdxReader.readImages(file)).isInstanceOf(IOException.class);
  }

  @Test
  void readImages_absurdHeader_isRefusedWithoutAllocating() throws IOException {
    Path file = write("huge", idx(0x0803, new int[] {60_000, 10_000, 10_000}, new byte[0]), false);

    assertThatThrownBy(() -> IdxReader.readImages(file)).hasMessageContaining("more than this reader accepts");
  }

  @Test
  void readImages_negativeDimension_isRefused() throws IOException {
    Path file = write("neg", idx(0x0803, new int[] {-1, 28, 28}, new byte[0]), false);

    assertThatThrownBy(() -> IdxReader.readImages(file)).hasMessageContaining("negative dimension -1");
  }

  @Test
  void mnistSet_countsDiffer_isRefused() throws IOException {
    Path images = write("i", images(3, 2, 2), false);
    Path labels = write("l", idx(0x0801, new int[] {2}, new byte[] {1, 2}), false);

    assertThatThrownBy(() -> MnistSet.read(images, labels)).hasMessage("3 images but 2 labels");
  }

  private static byte[] images(int count, int rows, int cols) {
    byte[] pixels = new byte[count * rows * cols];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) i;
    }
    return idx(0x0803, new int[] {count, rows, cols}, pixels);
  }

  static byte[] idx(int magic, int[] dims, byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(magic);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(data);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private Path write(String name, byte[] data, boolean gzip) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, gzip ? gzip(data) : data);
    return file;
  }
}

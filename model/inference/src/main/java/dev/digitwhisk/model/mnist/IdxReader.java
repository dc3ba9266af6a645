package dev.digitwhisk.model.mnist;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files MNIST is published in (http://yann.lecun.com/exdb/mnist/), gzip-compressed or
 * plain: the reader looks at the first two bytes rather than trusting the file name. Any item count
 * works, so the shared 24,345-digit subset and the full 60,000-digit set read the same way.
 */
public final class IdxReader {
  private static final int UNSIGNED_BYTE = 0x08;
  private static final int GZIP_MAGIC = 0x1f8b;
  /** Far above MNIST's 28×28 and 60k; keeps a corrupt header from asking for gigabytes. */
  private static final long MAX_BYTES = 1L << 30;

  private IdxReader() {}

  /** Reads an idx3-ubyte image file: {@code count} images of {@code rows×cols} bytes. */
  public static Images readImages(Path file) throws IOException {
    try (DataInputStream in = open(file)) {
      int[] dims = header(in, file, 3);
      long size = (long) dims[0] * dims[1] * dims[2];
      byte[] pixels = readFully(in, size, file);
      return new Images(dims[0], dims[1], dims[2], pixels);
    }
  }

  /** Reads an idx1-ubyte label file. */
  public static byte[] readLabels(Path file) throws IOException {
    try (DataInputStream in = open(file)) {
      int[] dims = header(in, file, 1);
      return readFully(in, dims[0], file);
    }
  }

  private static DataInputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int magic = (raw.read() << 8) | raw.read();
    raw.reset();
    InputStream in = magic == GZIP_MAGIC ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new DataInputStream(new BufferedInputStream(in, 1 << 16));
  }

  private static int[] header(DataInputStream in, Path file, int expectedDims) throws IOException {
    int magic = in.readInt();
    int type = (magic >>> 8) & 0xff;
    int dims = magic & 0xff;
    if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE || dims != expectedDims) {
      throw new IOException(
          "%s is not an IDX file of %d-dimensional unsigned bytes (magic 0x%08x)"
              .formatted(file, expectedDims, magic));
    }
    int[] sizes = new int[dims];
    for (int i = 0; i < dims; i++) {
      sizes[i] = in.readInt();
      if (sizes[i] < 0) {
        throw new IOException(file + ": negative dimension " + sizes[i]);
      }
    }
    return sizes;
  }

  private static byte[] readFully(DataInputStream in, long size, Path file) throws IOException {
    if (size > MAX_BYTES) {
      throw new IOException(file + ": header announces " + size + " bytes, more than this reader accepts");
    }
    byte[] data = new byte[(int) size];
    try {
      in.readFully(data);
    } catch (java.io.EOFException e) {
      throw new IOException(file + ": truncated, the header announces " + size + " bytes", e);
    }
    return data;
  }
}

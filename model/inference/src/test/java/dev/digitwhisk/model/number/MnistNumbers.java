package dev.digitwhisk.model.number;

import dev.digitwhisk.model.mnist.MnistSet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures of whole numbers written with MNIST test digits, made the same way for a given random
 * start: 2–8 digits of random height with size and baseline jitter, a slight slant, random spacing
 * (boxes may overlap; ink never touches unless asked), dark on light or light on dark, PNG or JPEG.
 * With {@code touching}, one neighbouring pair is pushed together until its strokes meet.
 */
final class MnistNumbers {
  /** One generated picture and what it shows; {@code touchAt}: the digit touching its left neighbour, or -1. */
  record Sample(String text, int touchAt, boolean jpeg, boolean darkOnLight, byte[] encoded) {
    boolean touching() {
      return touchAt > 0;
    }
  }

  /** Ink above this is a stroke's core; cores of touching digits are 8-connected. */
  private static final float CORE = 0.5f;
  /** Ink above this counts when keeping separate digits apart. */
  private static final float TRACE = 0.05f;

  private final MnistSet digits;
  private final Random random;

  MnistNumbers(MnistSet digits, long start) {
    this.digits = digits;
    this.random = new Random(start);
  }

  Sample next(int length, boolean touching) {
    int[] picks = new int[length];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      picks[i] = random.nextInt(digits.size());
      text.append(digits.label(picks[i]));
    }
    double size = 28 + random.nextInt(40);
    double shear = (random.nextDouble() * 2 - 1) * 0.2;
    int touchAt = touching ? 1 + random.nextInt(length - 1) : -1;
    float[][] patches = new float[length][];
    int[] pw = new int[length];
    int[] ph = new int[length];
    for (int i = 0; i < length; i++) {
      double height = size * (0.9 + 0.2 * random.nextDouble());
      float[] patch = render(digits.images().image(picks[i]), height / 20, shear, pw, ph, i);
      patches[i] = patch;
    }
    int margin = (int) (size / 2);
    int maxH = Arrays.stream(ph).max().orElseThrow();
    int canvasH = maxH + (int) (0.2 * size) + 2 * margin;
    int canvasW = Arrays.stream(pw).sum() + (int) (0.5 * size * length) + 2 * margin;
    float[] canvas = new float[canvasW * canvasH];
    int right = margin;
    for (int i = 0; i < length; i++) {
      int y = margin + (int) (random.nextDouble() * 0.2 * size) + (maxH - ph[i]);
      int x;
      if (i == 0) {
        x = margin;
      } else {
        int apart = clearOf(canvas, canvasW, patches[i], pw[i], ph[i], y, TRACE, 2);
        if (i == touchAt) {
          x = clearOf(canvas, canvasW, patches[i], pw[i], ph[i], y, CORE, 0) - 1 - random.nextInt(2);
        } else {
          int gap = (int) ((random.nextDouble() * 0.55 - 0.12) * size);
          x = Math.max(apart, right + gap - leftmost(patches[i], pw[i], ph[i]));
        }
      }
      paint(canvas, canvasW, patches[i], pw[i], ph[i], x, y);
      right = Math.max(right, x + rightmost(patches[i], pw[i], ph[i]));
    }
    int width = Math.min(canvasW, right + margin);
    boolean darkOnLight = random.nextBoolean();
    boolean jpeg = random.nextBoolean();
    int paper = darkOnLight ? 200 + random.nextInt(56) : random.nextInt(50);
    int pen = darkOnLight ? random.nextInt(60) : 190 + random.nextInt(66);
    BufferedImage image = new BufferedImage(width, canvasH, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < canvasH; y++) {
      for (int x = 0; x < width; x++) {
        int level = Math.round(paper + (pen - paper) * Math.min(1f, canvas[y * canvasW + x]));
        image.setRGB(x, y, level << 16 | level << 8 | level);
      }
    }
    return new Sample(text.toString(), touchAt, jpeg, darkOnLight, encode(image, jpeg ? "jpeg" : "png"));
  }

  /** The MNIST digit's ink, scaled by {@code scale} and slanted by {@code shear}, bilinear. */
  private static float[] render(int[] mnist, double scale, double shear, int[] pw, int[] ph, int i) {
    int x0 = 28;
    int y0 = 28;
    int x1 = 0;
    int y1 = 0;
    for (int p = 0; p < 784; p++) {
      if (mnist[p] > 0) {
        x0 = Math.min(x0, p % 28);
        x1 = Math.max(x1, p % 28 + 1);
        y0 = Math.min(y0, p / 28);
        y1 = Math.max(y1, p / 28 + 1);
      }
    }
    int h = (int) Math.ceil((y1 - y0) * scale) + 2;
    int slant = (int) Math.ceil(Math.abs(shear) * h);
    int w = (int) Math.ceil((x1 - x0) * scale) + 2 + slant;
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      // Slanting right means the top leans right: the shift grows upwards.
      double shift = shear * (h / 2.0 - y) + slant / 2.0;
      for (int x = 0; x < w; x++) {
        double sx = (x - 1 - shift) / scale + x0 - 0.5;
        double sy = (y - 1) / scale + y0 - 0.5;
        out[y * w + x] = sample(mnist, sx, sy);
      }
    }
    pw[i] = w;
    ph[i] = h;
    return out;
  }

  private static float sample(int[] mnist, double x, double y) {
    int ix = (int) Math.floor(x);
    int iy = (int) Math.floor(y);
    double fx = x - ix;
    double fy = y - iy;
    return (float) ((1 - fy) * ((1 - fx) * at(mnist, ix, iy) + fx * at(mnist, ix + 1, iy))
        + fy * ((1 - fx) * at(mnist, ix, iy + 1) + fx * at(mnist, ix + 1, iy + 1)));
  }

  private static double at(int[] mnist, int x, int y) {
    return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0 : mnist[y * 28 + x] / 255.0;
  }

  /**
   * The smallest x at which the patch's ink above {@code level} keeps {@code gap} clear pixels from
   * the canvas's ink above it, row by row (the canvas holds only digits to the left).
   */
  private static int clearOf(float[] canvas, int cw, float[] patch, int w, int h, int top, float level, int gap) {
    int ch = canvas.length / cw;
    int needed = Integer.MIN_VALUE;
    for (int y = 0; y < h; y++) {
      int left = -1;
      for (int x = 0; x < w && left < 0; x++) {
        if (patch[y * w + x] > level) {
          left = x;
        }
      }
      if (left < 0) {
        continue;
      }
      for (int dy = -1 - gap; dy <= 1 + gap; dy++) {
        int row = top + y + dy;
        if (row < 0 || row >= ch) {
          continue;
        }
        for (int x = cw - 1; x >= 0; x--) {
          if (canvas[row * cw + x] > level) {
            needed = Math.max(needed, x + 2 + gap - left);
            break;
          }
        }
      }
    }
    return needed;
  }

  private static int leftmost(float[] patch, int w, int h) {
    for (int x = 0; x < w; x++) {
      for (int y = 0; y < h; y++) {
        if (patch[y * w + x] > TRACE) {
          return x;
        }
      }
    }
    return 0;
  }

  private static int rightmost(float[] patch, int w, int h) {
    for (int x = w - 1; x >= 0; x--) {
      for (int y = 0; y < h; y++) {
        if (patch[y * w + x] > TRACE) {
          return x + 1;
        }
      }
    }
    return w;
  }

  private static void paint(float[] canvas, int cw, float[] patch, int w, int h, int left, int top) {
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = (top + y) * cw + left + x;
        canvas[i] = Math.max(canvas[i], patch[y * w + x]);
      }
    }
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

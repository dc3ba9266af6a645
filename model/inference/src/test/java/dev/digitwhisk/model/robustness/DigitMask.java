package dev.digitwhisk.model.robustness;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * A digit's ink as a float mask (0 = paper, 1 = ink) at any size: an MNIST digit enlarged smoothly,
 * the same digit redrawn along its skeleton with another pen, or a stroked shape.
 */
public record DigitMask(int width, int height, float[] ink) {

  /** An MNIST digit (28×28, 0..255) enlarged {@code scale} times with bicubic interpolation. */
  public static DigitMask enlarge(int[] mnist, int scale) {
    BufferedImage small = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
    for (int i = 0; i < 784; i++) {
      small.getRaster().setSample(i % 28, i / 28, 0, mnist[i]);
    }
    int side = 28 * scale;
    BufferedImage big = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = big.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(small, 0, 0, side, side, null);
    g.dispose();
    return of(big);
  }

  /** The digit re-drawn along its one-pixel skeleton with a round pen {@code pen} pixels wide. */
  public DigitMask withPen(float pen) {
    boolean[] skeleton = Skeleton.thin(this, 0.5f);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = canvas(out);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (skeleton[y * width + x]) {
          g.fill(new Ellipse2D.Float(x + 0.5f - pen / 2, y + 0.5f - pen / 2, pen, pen));
        }
      }
    }
    g.dispose();
    return of(out);
  }

  /**
   * The digit drawn with a bolder pen: grey dilation (alternating cross and square steps, a round-ish
   * pen) until its stroke is {@code relativeWidth} of its larger side. Bold digits grow less.
   */
  public DigitMask bolder(float relativeWidth) {
    int[] box = bounds();
    float side = Math.max(box[2] - box[0], box[3] - box[1]);
    int steps = Math.round((relativeWidth * side - strokeWidth()) / 2);
    float[] current = ink.clone();
    for (int s = 0; s < steps; s++) {
      current = dilate(current, s % 2 == 0);
    }
    return new DigitMask(width, height, current);
  }

  /** {@code 2 × area / outline} of the half-inked pixels: the width of a long stroke. */
  public float strokeWidth() {
    int area = 0;
    int outline = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (at(x, y) >= 0.5f) {
          area++;
          if (at(x - 1, y) < 0.5f || at(x + 1, y) < 0.5f || at(x, y - 1) < 0.5f || at(x, y + 1) < 0.5f) {
            outline++;
          }
        }
      }
    }
    return outline == 0 ? 0 : 2f * area / outline;
  }

  /** Enclosed background regions (a 0 has one, an 8 two): a redrawn digit must keep them. */
  public int holes() {
    boolean[] seen = new boolean[width * height];
    int regions = 0;
    int[] stack = new int[width * height];
    for (int start = 0; start < seen.length; start++) {
      if (seen[start] || ink[start] >= 0.5f) {
        continue;
      }
      boolean touchesEdge = false;
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      while (top > 0) {
        int i = stack[--top];
        int x = i % width;
        int y = i / width;
        touchesEdge |= x == 0 || y == 0 || x == width - 1 || y == height - 1;
        int[][] next = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
        for (int[] n : next) {
          if (n[0] >= 0 && n[1] >= 0 && n[0] < width && n[1] < height) {
            int j = n[1] * width + n[0];
            if (!seen[j] && ink[j] < 0.5f) {
              seen[j] = true;
              stack[top++] = j;
            }
          }
        }
      }
      if (!touchesEdge) {
        regions++;
      }
    }
    return regions;
  }

  private int[] bounds() {
    int x0 = width;
    int y0 = height;
    int x1 = 0;
    int y1 = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (ink[y * width + x] >= 0.5f) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x + 1);
          y1 = Math.max(y1, y + 1);
        }
      }
    }
    return new int[] {x0, y0, x1, y1};
  }

  private float[] dilate(float[] in, boolean cross) {
    float[] out = new float[in.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float m = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if ((!cross || dx == 0 || dy == 0) && nx >= 0 && ny >= 0 && nx < width && ny < height) {
              m = Math.max(m, in[ny * width + nx]);
            }
          }
        }
        out[y * width + x] = m;
      }
    }
    return out;
  }

  /** A shape stroked with a round pen on a {@code width×height} canvas. */
  public static DigitMask stroke(Shape shape, float pen, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = canvas(out);
    g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
    g.dispose();
    return of(out);
  }

  public float at(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? 0 : ink[y * width + x];
  }

  private static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    return g;
  }

  private static DigitMask of(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    float[] ink = new float[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      gray.getRaster().getSamples(0, y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        ink[y * w + x] = row[x] / 255f;
      }
    }
    return new DigitMask(w, h, ink);
  }
}

package dev.digitwhisk.model.robustness;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * The kinds of picture real users send, each made from an MNIST test digit (or, for
 * {@link #DRAWN_STROKES}, drawn from stroke templates) with random but seeded variation.
 */
public enum UserImageKind {
  /** White on black as MNIST, but big and anywhere on a large canvas. */
  LARGE_OFF_CENTRE("large, off-centre (white on black)") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      DigitMask m = DigitMask.enlarge(mnist, 5 + r.nextInt(8));
      int w = m.width() + 40 + r.nextInt(600);
      int h = m.height() + 40 + r.nextInt(600);
      return Canvas.png(Canvas.paint(m, w, h, r.nextInt(w - m.width()), r.nextInt(h - m.height()), gray(0.02f * r.nextFloat()), gray(0.9f + 0.1f * r.nextFloat())));
    }
  },
  /** Dark ink on white paper, as a scan or a drawing app exports. */
  INVERTED("inverted (dark ink on white)") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      DigitMask m = DigitMask.enlarge(mnist, 4 + r.nextInt(7));
      int w = m.width() + r.nextInt(200);
      int h = m.height() + r.nextInt(200);
      return Canvas.png(Canvas.paint(m, w, h, r.nextInt(w - m.width() + 1), r.nextInt(h - m.height() + 1),
          gray(0.85f + 0.15f * r.nextFloat()), gray(0.25f * r.nextFloat())));
    }
  },
  /** Coloured ink on coloured paper, light on dark or dark on light. */
  COLOURED("coloured ink on coloured paper") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      DigitMask m = DigitMask.enlarge(mnist, 3 + r.nextInt(8));
      boolean darkPaper = r.nextBoolean();
      float[] paper = hsb(r.nextFloat(), 0.2f + 0.6f * r.nextFloat(), darkPaper ? 0.1f + 0.25f * r.nextFloat() : 0.8f + 0.2f * r.nextFloat());
      float[] ink = hsb(r.nextFloat(), 0.5f + 0.5f * r.nextFloat(), darkPaper ? 0.8f + 0.2f * r.nextFloat() : 0.15f + 0.35f * r.nextFloat());
      int w = m.width() + r.nextInt(150);
      int h = m.height() + r.nextInt(150);
      return Canvas.png(Canvas.paint(m, w, h, r.nextInt(w - m.width() + 1), r.nextInt(h - m.height() + 1), paper, ink));
    }
  },
  /** A PNG with alpha: the strokes are the only opaque pixels, in any colour. */
  TRANSPARENT("transparent PNG, alpha ink") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      DigitMask m = DigitMask.enlarge(mnist, 3 + r.nextInt(8));
      float[][] colours = {gray(0), gray(1), hsb(r.nextFloat(), 0.8f, 0.8f)};
      float[] ink = colours[r.nextInt(3)];
      float[] hidden = colours[r.nextInt(3)];
      int w = m.width() + r.nextInt(150);
      int h = m.height() + r.nextInt(150);
      return Canvas.png(Canvas.transparent(m, w, h, r.nextInt(w - m.width() + 1), r.nextInt(h - m.height() + 1),
          ink, 0.7f + 0.3f * r.nextFloat(), hidden));
    }
  },
  /** A phone photo of paper: uneven light, a vignette, sensor noise, JPEG compression. */
  JPEG_PHOTO("JPEG paper photo, uneven light, noise") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      return PaperPhoto.render(mnist, r);
    }
  },
  /**
   * A felt-tip pen: the digit drawn bolder (stroke 20–26 % of its height; MNIST's median is 12 %).
   * Digits whose loops the bold pen would close are skipped: their label would be a guess.
   */
  THICK_STROKES("thick strokes") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      DigitMask original = DigitMask.enlarge(mnist, 8);
      DigitMask m = original.bolder(0.2f + 0.06f * r.nextFloat());
      return m.holes() == original.holes() ? padOnCanvas(m, r) : null;
    }
  },
  /**
   * A fine pen or a thin brush: the digit's skeleton redrawn 2–5 px wide on a big canvas. Digits
   * whose thinning loses a loop (MNIST has blobs with filled loops) are skipped.
   */
  THIN_STROKES("thin strokes (2-5 px pen)") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      DigitMask original = DigitMask.enlarge(mnist, 10 + r.nextInt(6));
      DigitMask m = original.withPen(2f + 3f * r.nextFloat());
      return m.holes() == original.holes() ? padOnCanvas(m, r) : null;
    }
  },
  /** A digit drawn with a mouse on a drawing pad: stroke templates, jitter, slant, any pen. */
  DRAWN_STROKES("drawn with strokes (mouse-like)") {
    @Override
    byte[] render(int[] mnist, int label, Random r) {
      int side = 200 + r.nextInt(300);
      double h = side * (0.45 + 0.35 * r.nextDouble());
      double w = h * (0.5 + 0.25 * r.nextDouble());
      double x = r.nextDouble() * (side - w);
      double y = r.nextDouble() * (side - h);
      float pen = side / 280f * (4 + 20 * r.nextFloat());
      DigitMask m = DigitMask.stroke(StrokeTemplates.draw(label, r, x, y, w, h), pen, side, side);
      boolean dark = r.nextInt(10) < 7;
      return Canvas.png(Canvas.paint(m, side, side, 0, 0, dark ? gray(1) : gray(0), dark ? gray(0) : gray(1)));
    }
  };

  private final String description;

  UserImageKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The encoded picture of {@code mnist} (whose true label is {@code label}), or null to pick another digit. */
  abstract byte[] render(int[] mnist, int label, Random r);

  static byte[] padOnCanvas(DigitMask m, Random r) {
    int w = m.width() + r.nextInt(200);
    int h = m.height() + r.nextInt(200);
    boolean dark = r.nextBoolean();
    BufferedImage image = Canvas.paint(m, w, h, r.nextInt(w - m.width() + 1), r.nextInt(h - m.height() + 1),
        dark ? gray(1) : gray(0), dark ? gray(0) : gray(1));
    return Canvas.png(image);
  }

  static float[] gray(float v) {
    return new float[] {v, v, v};
  }

  static float[] hsb(float hue, float saturation, float brightness) {
    int rgb = Color.HSBtoRGB(hue, saturation, brightness);
    return new float[] {((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f};
  }
}

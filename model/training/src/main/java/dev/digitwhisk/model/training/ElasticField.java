package dev.digitwhisk.model.training;

import java.util.Random;

/**
 * A smooth random displacement field (Simard, Steinkraus and Platt 2003): uniform noise in −1..1 per
 * pixel, Gaussian-blurred with {@code sigma}, scaled by {@code alpha}. Gives strokes the wobble of a
 * hand-held mouse or pen without changing which digit they form.
 */
final class ElasticField {
  private ElasticField() {}

  /** {dx, dy}, each side×side, row-major. */
  static float[][] random(Random random, int side, double alpha, double sigma) {
    float[] kernel = gaussian(sigma);
    float[][] field = new float[2][];
    for (int k = 0; k < 2; k++) {
      float[] noise = new float[side * side];
      for (int i = 0; i < noise.length; i++) {
        noise[i] = (float) (random.nextDouble() * 2 - 1);
      }
      float[] smooth = blur(noise, side, kernel);
      for (int i = 0; i < smooth.length; i++) {
        smooth[i] *= (float) alpha;
      }
      field[k] = smooth;
    }
    return field;
  }

  private static float[] gaussian(double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    float[] kernel = new float[2 * radius + 1];
    for (int i = -radius; i <= radius; i++) {
      kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
    }
    // Normalised so that alpha alone sets the displacement strength (≈ 1.4 px rms for 34 / 4).
    float sum = 0;
    for (float v : kernel) {
      sum += v;
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= sum;
    }
    return kernel;
  }

  /** Separable blur with zero padding outside the canvas. */
  private static float[] blur(float[] in, int side, float[] kernel) {
    int r = kernel.length / 2;
    float[] tmp = new float[in.length];
    float[] out = new float[in.length];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float s = 0;
        for (int k = -r; k <= r; k++) {
          int xx = x + k;
          if (xx >= 0 && xx < side) {
            s += in[y * side + xx] * kernel[k + r];
          }
        }
        tmp[y * side + x] = s;
      }
    }
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float s = 0;
        for (int k = -r; k <= r; k++) {
          int yy = y + k;
          if (yy >= 0 && yy < side) {
            s += tmp[yy * side + x] * kernel[k + r];
          }
        }
        out[y * side + x] = s;
      }
    }
    return out;
  }
}

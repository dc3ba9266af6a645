package dev.digitwhisk.model;

import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalibrationScratchTest {
  @Test
  void calibrate() throws Exception {
    MnistSet set = MnistFiles.locate().orElseThrow().readTest();
    int n = 2000;
    double cx = 0, cy = 0;
    float[] ratios = new float[n];
    double corrSum = 0, cA = 0, cB = 0, cC = 0, cD = 0;
    int fails = 0;
    for (int k = 0; k < n; k++) {
      int[] px = set.images().image(k);
      Gray g = new Gray(28, 28);
      double m = 0, mx = 0, my = 0;
      for (int i = 0; i < 784; i++) {
        g.v[i] = px[i] / 255f;
        m += g.v[i]; mx += g.v[i] * (i % 28); my += g.v[i] * (i / 28);
      }
      cx += mx / m; cy += my / m;
      Gray crop = g.crop(g.bounds(0f));
      int side = Math.max(crop.width, crop.height);
      double f = 96.0 / side;
      Gray up = Resample.to(crop, (int) Math.round(crop.width * f), (int) Math.round(crop.height * f));
      ratios[k] = StrokeWidth.estimate(up) / 96f;
      BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      for (int i = 0; i < 784; i++) img.getRaster().setSample(i % 28, i / 28, 0, px[i]);
      try {
        cA += corr(MnistLayout.layout(g).pixels(), g.v);
        cB += corr(MnistLayout.layout(StrokeWidth.normalise(g)).pixels(), g.v);
        cC += corr(MnistLayout.layout(StrokeWidth.normalise(InkCleaner.clean(g))).pixels(), g.v);

        ModelInput in = Preprocessor.mnist().prepare(img);
        corrSum += corr(in.pixels(), g.v);
      } catch (NoDigitFoundException e) { fails++; }
    }
    Arrays.sort(ratios);
    System.out.printf("COM mean x=%.3f y=%.3f%n", cx / n, cy / n);
    System.out.printf("stroke ratio p10=%.3f p25=%.3f p50=%.3f p75=%.3f p90=%.3f%n", ratios[n/10], ratios[n/4], ratios[n/2], ratios[3*n/4], ratios[9*n/10]);
    System.out.printf("A=%.4f B=%.4f C=%.4f D=%.4f%n", cA/n, cB/n, cC/n, cD/n);
    System.out.printf("identity corr mean=%.4f fails=%d%n", corrSum / (n - fails), fails);
  }

  static double corr(float[] a, float[] b) {
    double ma = 0, mb = 0;
    for (int i = 0; i < a.length; i++) { ma += a[i]; mb += b[i]; }
    ma /= a.length; mb /= b.length;
    double sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < a.length; i++) { sab += (a[i]-ma)*(b[i]-mb); saa += (a[i]-ma)*(a[i]-ma); sbb += (b[i]-mb)*(b[i]-mb); }
    return sab / Math.sqrt(saa * sbb);
  }
}

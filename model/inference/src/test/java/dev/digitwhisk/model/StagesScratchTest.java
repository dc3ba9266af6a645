package dev.digitwhisk.model;

import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import dev.digitwhisk.model.robustness.UserImageKind;
import dev.digitwhisk.model.robustness.UserLikeImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StagesScratchTest {
  @Test
  void dump() throws Exception {
    MnistSet set = MnistFiles.locate().orElseThrow().readTest();
    UserImageKind kind = UserImageKind.valueOf(System.getProperty("kind", "JPEG_PHOTO"));
    List<UserLikeImages.Sample> all = UserLikeImages.generate(set, kind, Integer.getInteger("n", 100), Long.getLong("seed", 20_261_125L));
    List<UserLikeImages.Sample> samples = System.getProperty("mnist") != null
        ? all.stream().filter(s -> s.mnistIndex() == Integer.getInteger("mnist")).toList()
        : java.util.Arrays.stream(System.getProperty("idx", "0,1,2").split(",")).map(i -> all.get(Integer.parseInt(i))).toList();
    Path dir = Path.of("target/stages");
    Files.createDirectories(dir);
    for (int k = 0; k < samples.size(); k++) {
      BufferedImage img = ImageDecoder.decode(samples.get(k).bytes());
      Gray t = InkExtractor.extract(ColorPlanes.of(img));
      Gray f = t;
      Gray c = InkCleaner.clean(f);
      Gray s = StrokeWidth.normalise(c);
      int[] b = c.bounds(0f);
      Gray crop = c.crop(b);
      double fct = 96.0 / Math.max(crop.width, crop.height);
      Gray work = Resample.to(crop, (int) Math.round(crop.width * fct), (int) Math.round(crop.height * fct));
      System.out.printf("box %s crop %dx%d robustMax %.3f est(work)=%.2f est(scaled)=%.2f%n", java.util.Arrays.toString(b), crop.width, crop.height,
          StrokeWidth.robustMax(work), StrokeWidth.estimate(work), StrokeWidth.estimate(work.normalised(StrokeWidth.robustMax(work))));
      System.out.printf("%d: t max %.2f, f max %.2f, strokeEst %.2f%n", k, t.max(), f.max(), StrokeWidth.estimate(s));
      ImageIO.write(img, "png", dir.resolve(k + "-0.png").toFile());
      write(t, dir.resolve(k + "-1t.png"));
      write(f, dir.resolve(k + "-2f.png"));
      write(c, dir.resolve(k + "-3c.png"));
      write(s, dir.resolve(k + "-4s.png"));
    }
  }

  static void write(Gray g, Path p) throws Exception {
    BufferedImage out = new BufferedImage(g.width, g.height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < g.height; y++) for (int x = 0; x < g.width; x++)
      out.getRaster().setSample(x, y, 0, Math.clamp(Math.round(g.get(x, y) * 255), 0, 255));
    ImageIO.write(out, "png", p.toFile());
  }
}

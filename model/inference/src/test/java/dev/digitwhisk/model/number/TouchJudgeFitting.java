package dev.digitwhisk.model.number;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ImageDecoder;
import dev.digitwhisk.model.InkMap;
import dev.digitwhisk.model.Preprocessor;
import dev.digitwhisk.model.mnist.MnistFiles;
import dev.digitwhisk.model.mnist.MnistSet;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fits {@link TouchJudge}'s weights on numbers made from MNIST TRAINING digits (the accuracy test uses
 * the test digits only) and prints them to paste into the judge. A candidate's label comes from how
 * the picture was made: when an n-digit number with one touching pair gives n - 1 candidates, the
 * pair's is two digits and the others one; when one without gives n, every candidate is one digit;
 * other pictures are left out. Lone candidates are fitted apart: two touching digits against every
 * training digit as the single-digit test shows them, and the lone bar is set just above the highest
 * probability any training digit gets. Run with
 * {@code -Dtest=TouchJudgeFitting -Ddigitwhisk.number.fit=NUMBERS,SINGLES}; rows go to
 * {@code target/touch-judge.csv}.
 */
@EnabledIfSystemProperty(named = "digitwhisk.number.fit", matches = "\\d+,\\d+")
class TouchJudgeFitting {
  private static final long START = 60_000_417L;
  /** Ridge on the weights, so features that barely vary stay near 0. */
  private static final double RIDGE = 1e-2;
  /** The share of one-digit candidates among others the judge may cut: each is a wrong number. */
  private static final double AMONG_FALSE_CUTS = 0.002;
  /** Added to the highest training digit's probability, for digits a little wider than any seen. */
  private static final double LONE_MARGIN = 0.01;

  @Test
  void fit() throws Exception {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTraining(), "MNIST training set not found: " + MnistFiles.HOW_TO_GET);
    String[] sizes = System.getProperty("digitwhisk.number.fit").split(",");
    int numbers = Integer.parseInt(sizes[0]);
    int singles = Integer.parseInt(sizes[1]);
    MnistSet training = files.get().readTraining();
    List<double[]> among = new ArrayList<>();
    List<double[]> lone = new ArrayList<>();
    List<double[]> singleRows = new ArrayList<>();
    List<String> csv = new ArrayList<>();
    List<String> cuts = new ArrayList<>();
    try (DigitClassifier classifier = DigitClassifier.loadDefault()) {
      NumberReader reader = new NumberReader(classifier);
      MnistNumbers maker = new MnistNumbers(training, START);
      for (int i = 0; i < numbers; i++) {
        int length = 2 + i % 7;
        MnistNumbers.Sample sample = maker.next(length, i % 2 == 1);
        List<Labelled> rows = rows(reader, ImageDecoder.decode(sample.encoded()));
        int pair = sample.touchAt() - 1;
        if (rows.size() != (sample.touching() ? length - 1 : length)) {
          continue;
        }
        for (int c = 0; c < rows.size(); c++) {
          Labelled row = rows.get(c);
          double label = c == pair ? 1 : 0;
          if (label == 1) {
            cutRows(cuts, i, sample.text().substring(pair, pair + 2), row);
          }
          csv.add((rows.size() == 1 ? "lone," : "among,") + label + "," + row.aspect + "," + (row.features == null ? "" : join(row.features) + "," + row.extra));
          if (row.features != null) {
            (rows.size() == 1 ? lone : among).add(withLabel(row.features, label));
          }
        }
      }
      for (int i = 0; i < Math.min(singles, training.size()); i++) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setPixels(0, 0, 28, 28, training.images().image(i));
        List<Labelled> rows = rows(reader, ImageDecoder.decode(MnistNumbers.encode(image, "png")));
        if (rows.size() == 1) {
          Labelled row = rows.getFirst();
          csv.add("single,0," + row.aspect + "," + (row.features == null ? "" : join(row.features) + "," + row.extra));
          if (row.features != null) {
            singleRows.add(withLabel(row.features, 0));
          }
        }
      }
    }
    Files.write(Path.of("target", "touch-judge.csv"), csv);
    Files.write(Path.of("target", "touch-cuts.csv"), cuts);
    long oneDigitAmong = csv.stream().filter(l -> l.startsWith("among,0")).count();
    double[] w = report("AMONG", among, List.of());
    double amongAt = bar(among, w, (int) (AMONG_FALSE_CUTS * oneDigitAmong));
    System.out.printf("AMONG_AT = %.4f: cuts %d of %d one-digit candidates among others, %d of %d pairs%n", amongAt,
        count(among, w, amongAt, 0), oneDigitAmong, count(among, w, amongAt, 1), count(among, w, 0, 1));
    List<double[]> loneAll = new ArrayList<>(lone);
    loneAll.addAll(singleRows);
    double[] v = report("LONE", loneAll, List.of(2, 3, 4, 9));
    double loneAt = bar(singleRows, v, 0) + LONE_MARGIN;
    System.out.printf("LONE_AT = %.4f (above the most any of %d training digits with cut options gets): cuts %d of %d lone pairs%n",
        loneAt, singleRows.size(), count(lone, v, loneAt, 1), count(lone, v, 0, 1));
  }

  /** The probability above which only {@code allowed} one-digit rows lie. */
  private static double bar(List<double[]> rows, double[] w, int allowed) {
    double[] ones = rows.stream().filter(r -> r[TouchJudge.FEATURES] == 0)
        .mapToDouble(r -> TouchJudge.probability(Arrays.copyOf(r, TouchJudge.FEATURES), w)).sorted().toArray();
    return ones.length == 0 ? 1 : ones[Math.max(0, ones.length - 1 - allowed)];
  }

  private static long count(List<double[]> rows, double[] w, double at, int label) {
    return rows.stream().filter(r -> r[TouchJudge.FEATURES] == label
        && TouchJudge.probability(Arrays.copyOf(r, TouchJudge.FEATURES), w) > at).count();
  }

  private record Labelled(double aspect, double[] features, String extra, Trial trial, int typical) {}

  /** Each cut option of a touching pair's candidate: whether it reads the pair, and what might say so. */
  private static void cutRows(List<String> out, int sample, String truth, Labelled row) {
    Trial t = row.trial();
    Blob whole = t.whole().blob();
    double height = Math.max(whole.height(), row.typical());
    for (int k = 0; k < t.cuts().size(); k++) {
      List<Part> parts = t.cuts().get(k);
      StringBuilder read = new StringBuilder();
      StringBuilder sb = new StringBuilder();
      for (Part p : parts) {
        read.append(p.prediction().digit());
        sb.append(',').append(margin(p)).append(',').append(p.blob().width() / height)
            .append(',').append(p.blob().mass() / whole.mass());
      }
      out.add(sample + "," + k + "," + (read.toString().equals(truth) ? 1 : 0) + "," + parts.size() + ","
          + t.options().get(k).crossed() + sb);
    }
  }

  private static double margin(Part p) {
    float[] q = p.prediction().probabilities().clone();
    Arrays.sort(q);
    return Math.log(q[9]) - Math.log(Math.max(q[8], Float.MIN_VALUE));
  }

  private static String extra(Trial t) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.whole().prediction().digit());
    for (Part p : t.cuts().get(t.surest())) {
      sb.append(',').append(p.prediction().digit()).append(',').append(p.prediction().confidence());
    }
    return sb.toString();
  }

  private static List<Labelled> rows(NumberReader reader, BufferedImage image) throws Exception {
    InkMap ink = Preprocessor.mnist().ink(image);
    Sheet sheet = new Sheet(ink);
    List<Blob> blobs = Segmenter.candidates(sheet);
    int typical = NumberReader.typicalHeight(blobs);
    List<Trial> trials = reader.trials(ink, sheet, blobs, typical);
    List<Labelled> rows = new ArrayList<>();
    for (Trial t : trials) {
      double aspect = Splitter.aspect(t.whole().blob(), typical);
      rows.add(new Labelled(aspect, t.cuts().isEmpty() ? null : TouchJudge.features(t, trials, typical),
          t.cuts().isEmpty() ? "" : extra(t), t, typical));
    }
    return rows;
  }

  private static double[] withLabel(double[] features, double label) {
    double[] row = Arrays.copyOf(features, features.length + 1);
    row[features.length] = label;
    return row;
  }

  private static String join(double[] values) {
    return Arrays.stream(values).mapToObj(v -> String.format("%.5f", v)).collect(Collectors.joining(","));
  }

  /** Fits and prints the weights. */
  private static double[] report(String name, List<double[]> rows, List<Integer> unused) {
    double[] w = Logistic.fit(rows, TouchJudge.FEATURES, RIDGE, unused);
    System.out.printf("%s = {%s};%n", name, Arrays.stream(w).mapToObj(v -> String.format("%.4f", v)).collect(Collectors.joining(", ")));
    return w;
  }

}

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fits {@link TouchJudge}'s, {@link CutJudge}'s and {@link PiecesJudge}'s weights on MNIST TRAINING digits (the accuracy
 * test uses the test digits only) and prints them to paste into the judges. Labels come from how a
 * picture was made: when an n-digit number with one touching pair gives n - 1 candidates, the pair's
 * is two digits and the others one; when one without gives n, every candidate is one digit; other
 * pictures are left out. Lone candidates are fitted apart: two touching digits against every training
 * digit as the single-digit test shows them, and the lone bar is set just above the highest
 * probability any training digit gets. Two candidates are one digit in pieces when they come from one
 * training digit, two digits when from a two-digit number. A touching pair's cut options are right
 * when their parts read the pair's two digits. Run with
 * {@code -Dtest=TouchJudgeFitting -Ddigitwhisk.number.fit=NUMBERS,SINGLES,PAIRS} (numbers of 2–8
 * digits, training digits alone, extra two-digit numbers); every row goes to
 * {@code target/touch-judge.csv}.
 */
@EnabledIfSystemProperty(named = "digitwhisk.number.fit", matches = "\\d+,\\d+,\\d+")
class TouchJudgeFitting {
  private static final long START = 60_000_417L;
  /** A light ridge on the weights (the intercept aside), enough to keep the fit finite. */
  private static final double RIDGE = 1e-4;
  /** The share of one-digit candidates among others the judge may cut: each is a wrong number. */
  private static final double AMONG_FALSE_CUTS = 0.002;
  /** Added to the highest training digit's probability, for digits a little wider than any seen. */
  private static final double LONE_MARGIN = 0.01;

  private final List<double[]> among = new ArrayList<>();
  private final List<double[]> lone = new ArrayList<>();
  private final List<double[]> pieces = new ArrayList<>();
  /** Every cut option of every touching pair, labelled by whether its parts read the pair's digits. */
  private final List<List<double[]>> cutOptions = new ArrayList<>();
  private final List<String> csv = new ArrayList<>();

  @Test
  void fit() throws Exception {
    Optional<MnistFiles> files = MnistFiles.locate();
    assumeTrue(files.isPresent() && files.get().hasTraining(), "MNIST training set not found: " + MnistFiles.HOW_TO_GET);
    int[] sizes = Arrays.stream(System.getProperty("digitwhisk.number.fit").split(",")).mapToInt(Integer::parseInt).toArray();
    MnistSet training = files.get().readTraining();
    try (DigitClassifier classifier = DigitClassifier.loadDefault()) {
      NumberReader reader = new NumberReader(classifier);
      MnistNumbers maker = new MnistNumbers(training, START);
      for (int i = 0; i < sizes[0] + sizes[2]; i++) {
        // Past the mixed numbers, two-digit ones alone: lone candidates and pairs of pieces are rare in numbers.
        int length = i < sizes[0] ? 2 + i % 7 : 2;
        MnistNumbers.Sample sample = maker.next(length, i % 2 == 1);
        number(reader, sample, length);
      }
      for (int i = 0; i < Math.min(sizes[1], training.size()); i++) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setPixels(0, 0, 28, 28, training.images().image(i));
        Seen seen = see(reader, ImageDecoder.decode(MnistNumbers.encode(image, "png")));
        if (seen.trials.each().size() == 1) {
          add("single", seen.touch(0), 0, lone);
        } else if (seen.trials.each().size() == 2) {
          add("pieces", seen.pieces(), 1, pieces);
        }
      }
    }
    Files.write(Path.of("target", "touch-judge.csv"), csv);
    fitCuts();
    long oneDigitAmong = csv.stream().filter(l -> l.startsWith("among,0")).count();
    List<double[]> amongRows = quadratic(among, TouchJudge.AMONG_USES);
    List<double[]> loneRows = quadratic(lone, TouchJudge.LONE_USES);
    double[] w = reportScaled("AMONG", amongRows);
    double amongAt = heldOutBar(amongRows, (int) (AMONG_FALSE_CUTS * oneDigitAmong));
    System.out.printf("AMONG_AT = %.4f: cuts %d of %d one-digit candidates among others, %d of %d pairs%n", amongAt,
        count(amongRows, w, amongAt, 0), oneDigitAmong, count(amongRows, w, amongAt, 1), count(amongRows, w, 0, 1));
    double[] v = reportScaled("LONE", loneRows);
    double loneAt = bar(loneRows, v, 0) + LONE_MARGIN;
    System.out.printf("LONE_AT = %.4f (above the most any of %d training digits with cut options gets): cuts %d of %d lone pairs%n",
        loneAt, count(loneRows, v, -1, 0), count(loneRows, v, loneAt, 1), count(loneRows, v, -1, 1));
    double[] u = report("PIECES", pieces, List.of());
    for (double at : new double[] {0.5, 0.8, 0.9, 0.95}) {
      System.out.printf("PIECES at %.2f: one digit for %d of %d training digits in two pieces, %d of %d two-digit numbers%n",
          at, count(pieces, u, at, 1), count(pieces, u, -1, 1), count(pieces, u, at, 0), count(pieces, u, -1, 0));
    }
  }

  /** One number's rows, when its candidates line up with its digits. */
  private void number(NumberReader reader, MnistNumbers.Sample sample, int length) throws Exception {
    Seen seen = see(reader, ImageDecoder.decode(sample.encoded()));
    int candidates = seen.trials.each().size();
    if (candidates != (sample.touching() ? length - 1 : length)) {
      return;
    }
    if (candidates == 2) {
      add("pieces", seen.pieces(), 0, pieces);
    }
    if (sample.touching()) {
      options(seen.trials.each().get(sample.touchAt() - 1), sample.text().substring(sample.touchAt() - 1, sample.touchAt() + 1));
    }
    for (int c = 0; c < candidates; c++) {
      boolean alone = TouchJudge.lone(seen.trials.each().get(c), seen.trials.each());
      add(alone ? "lone" : "among", seen.touch(c), c == sample.touchAt() - 1 ? 1 : 0, alone ? lone : among);
    }
  }

  /** The cut judge's rows for a touching pair's options, when it has two-way options. */
  private void options(Trial pair, String digits) {
    List<double[]> rows = new ArrayList<>();
    for (int k = 0; k < pair.cuts().size(); k++) {
      List<Part> parts = pair.cuts().get(k);
      if (parts.size() != 2) {
        return;
      }
      double[] f = CutJudge.features(pair, k);
      double[] row = Arrays.copyOf(f, f.length + 1);
      row[f.length] = digits.equals("" + parts.get(0).prediction().digit() + parts.get(1).prediction().digit()) ? 1 : 0;
      rows.add(row);
    }
    if (!rows.isEmpty()) {
      cutOptions.add(rows);
    }
  }

  /** Fits the cut judge on every other pair and reports how often each way of choosing reads the rest right. */
  private void fitCuts() {
    List<double[]> train = new ArrayList<>();
    for (int g = 0; g < cutOptions.size(); g += 2) {
      train.addAll(cutOptions.get(g));
    }
    double[] half = Logistic.fit(train, CutJudge.FEATURES, RIDGE, List.of());
    long reachable = 0;
    for (int g = 1; g < cutOptions.size(); g += 2) {
      reachable += cutOptions.get(g).stream().anyMatch(r -> label(r) == 1) ? 1 : 0;
    }
    System.out.printf("CUTS on the held-out half (%d pairs, %d of them read right by some option): fitted judge %d, current judge %d%n",
        cutOptions.size() / 2, reachable, chosenRight(half, 1), chosenRight(CutJudge.WEIGHTS, 1));
    report("CUTS", cutOptions.stream().flatMap(List::stream).toList(), List.of());
  }

  /** Of every other pair from {@code first}, how many the option with the highest score reads right. */
  private long chosenRight(double[] w, int first) {
    long right = 0;
    for (int g = first; g < cutOptions.size(); g += 2) {
      double[] best = cutOptions.get(g).stream().max(Comparator.comparingDouble(r -> probability(r, w))).orElseThrow();
      right += label(best);
    }
    return right;
  }

  private void add(String kind, double[] features, int label, List<double[]> rows) {
    if (features != null) {
      double[] row = Arrays.copyOf(features, features.length + 1);
      row[features.length] = label;
      rows.add(row);
      csv.add(kind + "," + label + "," + Arrays.stream(features).mapToObj(x -> String.format("%.5f", x)).collect(Collectors.joining(",")));
    } else if (kind.equals("among")) {
      csv.add(kind + "," + label);
    }
  }

  private record Seen(Trials trials, int typical) {
    /** The touch judge's features of candidate {@code c}; null when it has no cut options. */
    double[] touch(int c) {
      Trial t = trials.each().get(c);
      return t.cuts().isEmpty() ? null : TouchJudge.features(t, trials.each(), typical);
    }

    double[] pieces() {
      return PiecesJudge.features(trials.together().orElseThrow(), trials.each());
    }
  }

  private static Seen see(NumberReader reader, BufferedImage image) throws Exception {
    InkMap ink = Preprocessor.mnist().ink(image);
    Sheet sheet = new Sheet(ink);
    List<Blob> blobs = Segmenter.candidates(sheet);
    int typical = NumberReader.typicalHeight(blobs);
    return new Seen(reader.trials(ink, sheet, blobs, typical), typical);
  }

  /**
   * The probability above which only {@code allowed} one-digit rows lie, each row scored by weights
   * fitted on the other half: a bar set on the rows the weights were fitted on lets more one-digit
   * candidates of new numbers through than it counts.
   */
  private static double heldOutBar(List<double[]> rows, int allowed) {
    List<Double> ones = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      int h = half;
      List<double[]> fitted = IntStream.range(0, rows.size()).filter(i -> i % 2 != h).mapToObj(rows::get).toList();
      double[] w = Logistic.fitScaled(fitted, rows.getFirst().length - 1, RIDGE);
      IntStream.range(0, rows.size()).filter(i -> i % 2 == h && label(rows.get(i)) == 0)
          .forEach(i -> ones.add(probability(rows.get(i), w)));
    }
    ones.sort(Comparator.reverseOrder());
    return ones.isEmpty() ? 1 : ones.get(Math.min(allowed, ones.size() - 1));
  }

  /** The probability above which only {@code allowed} one-digit rows lie. */
  private static double bar(List<double[]> rows, double[] w, int allowed) {
    double[] ones = rows.stream().filter(r -> label(r) == 0).mapToDouble(r -> probability(r, w)).sorted().toArray();
    return ones.length == 0 ? 1 : ones[Math.max(0, ones.length - 1 - allowed)];
  }

  /** Rows of the label whose probability exceeds {@code at}. */
  private static long count(List<double[]> rows, double[] w, double at, int label) {
    return rows.stream().filter(r -> label(r) == label && probability(r, w) > at).count();
  }

  private static int label(double[] row) {
    return (int) row[row.length - 1];
  }

  private static double probability(double[] row, double[] w) {
    return TouchJudge.probability(Arrays.copyOf(row, w.length), w);
  }

  /** The touch judge's rows as it weighs them: its features' products, label kept last. */
  private static List<double[]> quadratic(List<double[]> rows, int[] uses) {
    return rows.stream().map(r -> {
      double[] q = TouchJudge.quadratic(Arrays.copyOf(r, r.length - 1), uses);
      double[] row = Arrays.copyOf(q, q.length + 1);
      row[q.length] = r[r.length - 1];
      return row;
    }).toList();
  }

  /** Fits on scaled features and prints the weights. */
  private static double[] reportScaled(String name, List<double[]> rows) {
    double[] w = Logistic.fitScaled(rows, rows.getFirst().length - 1, RIDGE);
    System.out.printf("%s = {%s};%n", name, Arrays.stream(w).mapToObj(x -> String.format("%.6g", x)).collect(Collectors.joining(", ")));
    return w;
  }

  /** Fits and prints the weights. */
  private static double[] report(String name, List<double[]> rows, List<Integer> unused) {
    double[] w = Logistic.fit(rows, rows.getFirst().length - 1, RIDGE, unused);
    System.out.printf("%s = {%s};%n", name, Arrays.stream(w).mapToObj(x -> String.format("%.4f", x)).collect(Collectors.joining(", ")));
    return w;
  }
}

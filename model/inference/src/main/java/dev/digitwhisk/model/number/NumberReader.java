package dev.digitwhisk.model.number;

import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.ImageDecoder;
import dev.digitwhisk.model.InkMap;
import dev.digitwhisk.model.ModelException;
import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.NoDigitFoundException;
import dev.digitwhisk.model.Prediction;
import dev.digitwhisk.model.Preprocessor;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.NumberDigit;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a whole number from one picture: the ink is found and cleaned as for one digit, split into
 * digit candidates ({@link Segmenter}), candidates wide enough to be two digits get cut options
 * ({@link Splitter}), and every candidate and every option's parts are laid out like a single digit
 * and classified in one batched run. From that run {@link TouchJudge} decides which candidates are
 * touching digits (their surest cut is taken) and {@link PiecesJudge} whether two candidates are one
 * digit in two pieces. A picture read as one digit gives exactly what {@link Preprocessor#prepare}
 * and {@link DigitClassifier#classify} give. Limits: {@value #MAX_DIGITS} digits and four times as
 * many separate marks, past which {@link TooManyDigitsException}; the picture's size is
 * {@link ImageDecoder}'s and the ink is read at the single-digit path's working size, so the work per
 * picture is bounded whatever it holds. Thread-safe when the classifier is.
 */
public final class NumberReader {
  /** The most digits one picture may hold. */
  public static final int MAX_DIGITS = Limits.MAX_DIGITS;
  /** Digits the model is less sure of than this are marked unsure. */
  public static final float UNSURE = NumberDigit.UNSURE_BELOW;

  private final DigitClassifier classifier;
  private final Preprocessor preprocessor = Preprocessor.mnist();

  public NumberReader(DigitClassifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  /** Decodes and reads an encoded image (PNG, JPEG, GIF or BMP). */
  public NumberReading read(byte[] encoded) throws ModelException {
    return read(ImageDecoder.decode(encoded));
  }

  public NumberReading read(BufferedImage image) throws ModelException {
    InkMap ink = preprocessor.ink(image);
    Sheet sheet = new Sheet(ink);
    List<Blob> blobs = Segmenter.candidates(sheet);
    if (blobs.isEmpty()) {
      throw new NoDigitFoundException("No digit found: the picture holds no stroke substantial enough to be a digit.");
    }
    if (blobs.size() > MAX_DIGITS) {
      throw tooMany(blobs.size());
    }
    int typical = typicalHeight(blobs);
    Trials trials = trials(ink, sheet, blobs, typical);
    if (trials.together().isPresent() && PiecesJudge.oneDigit(trials.together().get(), trials.each())) {
      return NumberReading.of(List.of(digit(trials.together().get(), ink)));
    }
    List<ReadDigit> digits = new ArrayList<>();
    for (Trial t : trials.each()) {
      for (Part p : chosen(t, trials.each(), typical)) {
        digits.add(digit(p, ink));
      }
    }
    if (digits.size() > MAX_DIGITS) {
      throw tooMany(digits.size());
    }
    return NumberReading.of(digits);
  }

  /** The median height of the candidates: a digit's usual height in this picture. */
  static int typicalHeight(List<Blob> blobs) {
    return blobs.stream().mapToInt(Blob::height).sorted().toArray()[blobs.size() / 2];
  }

  /**
   * Every candidate read whole and cut each way {@link Splitter} offers, and two candidates also read
   * together, all in one batched run. One candidate, or two together, is the whole ink, laid out
   * exactly as the single-digit path lays it out.
   */
  Trials trials(InkMap ink, Sheet sheet, List<Blob> blobs, int typical) throws ModelException {
    List<ModelInput> batch = new ArrayList<>();
    List<List<CutOption>> options = new ArrayList<>(blobs.size());
    for (Blob b : blobs) {
      batch.add(preprocessor.layout(blobs.size() == 1 ? ink : sheet.part(b)));
      List<CutOption> split = Splitter.options(sheet, b, typical);
      options.add(split);
      for (CutOption option : split) {
        for (Blob part : option.parts()) {
          batch.add(preprocessor.layout(sheet.part(part)));
        }
      }
    }
    if (blobs.size() == 2) {
      batch.add(preprocessor.layout(ink));
    }
    List<Prediction> predictions = classifier.classifyAll(batch);
    List<Trial> trials = new ArrayList<>(blobs.size());
    int at = 0;
    for (int c = 0; c < blobs.size(); c++) {
      Part whole = new Part(blobs.get(c), batch.get(at), predictions.get(at));
      at++;
      List<List<Part>> cuts = new ArrayList<>();
      for (CutOption option : options.get(c)) {
        List<Part> parts = new ArrayList<>(option.parts().size());
        for (Blob part : option.parts()) {
          parts.add(new Part(part, batch.get(at), predictions.get(at)));
          at++;
        }
        cuts.add(parts);
      }
      trials.add(new Trial(whole, options.get(c), cuts));
    }
    Optional<Part> together = blobs.size() == 2
        ? Optional.of(new Part(Blob.union(blobs.get(0), blobs.get(1)), batch.get(at), predictions.get(at)))
        : Optional.empty();
    return new Trials(trials, together);
  }

  /** The parts a candidate is read as: its best cut when it holds several digits, else itself whole. */
  private static List<Part> chosen(Trial t, List<Trial> all, int typical) {
    if (t.cuts().isEmpty()) {
      return List.of(t.whole());
    }
    // Wide enough for three digits or more: cut without asking the judge.
    boolean many = Splitter.aspect(t.whole().blob(), typical) >= Splitter.MANY;
    return many || TouchJudge.cut(t, all, typical) ? t.cuts().get(t.best()) : List.of(t.whole());
  }

  private static ReadDigit digit(Part part, InkMap ink) {
    Blob b = part.blob();
    Prediction p = part.prediction();
    double sx = (double) ink.pictureWidth() / ink.width();
    double sy = (double) ink.pictureHeight() / ink.height();
    int x = (int) Math.floor(b.x0() * sx);
    int y = (int) Math.floor(b.y0() * sy);
    int x1 = Math.min(ink.pictureWidth(), (int) Math.ceil(b.x1() * sx));
    int y1 = Math.min(ink.pictureHeight(), (int) Math.ceil(b.y1() * sy));
    return new ReadDigit(p, new Box(x, y, x1 - x, y1 - y), part.input(), p.confidence() < UNSURE);
  }

  private static TooManyDigitsException tooMany(int found) {
    return new TooManyDigitsException(
        "The picture holds %d digit-like marks; a number has at most %d digits.".formatted(found, MAX_DIGITS));
  }
}

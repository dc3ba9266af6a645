package dev.digitwhisk.model.number;

import java.util.List;

/**
 * One candidate read every way it may be cut: whole, and each {@link CutOption}'s parts, with what
 * the model said of each (all from one batched run).
 */
record Trial(Part whole, List<CutOption> options, List<List<Part>> cuts) {
  Trial {
    options = List.copyOf(options);
    cuts = List.copyOf(cuts);
  }

  /**
   * The index of the option whose parts the model is surest of, by the sum of the parts' logits (the
   * product of confidences saturates: many cuts give two parts at 0.9999); -1 when there is none.
   */
  int surest() {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < cuts.size(); k++) {
      double score = 0;
      for (Part p : cuts.get(k)) {
        score += TouchJudge.logit(p.prediction().confidence());
      }
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The index of the option to take once the candidate is to be cut: the one {@link CutJudge} deems
   * likeliest to read the digits right; -1 when there is none. {@link TouchJudge} weighs
   * {@link #surest}'s parts instead, the option it was fitted on.
   */
  int best() {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < cuts.size(); k++) {
      double score = CutJudge.score(this, k);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }
}

package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.fetch.UrlRedactor;
import dev.digitwhisk.model.number.Box;
import dev.digitwhisk.model.number.NumberReading;
import dev.digitwhisk.model.number.ReadDigit;
import dev.digitwhisk.protocol.Answer;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.BatchAnswer;
import dev.digitwhisk.protocol.DigitBox;
import dev.digitwhisk.protocol.ModelRef;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.NumberDigit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The action's outcomes as the protocol's answers, written by its codec. A failure's message never
 * shows a presigned query; a web action's failure takes the web shape
 * ({@link AnswerCodec#webFailure}), which OpenWhisk turns into an HTTP response.
 */
public final class ResultJson {
  private ResultJson() {}

  public static ObjectNode single(Outcome outcome, boolean webAction) {
    return write(answer(outcome), webAction);
  }

  public static ObjectNode batch(List<Outcome> outcomes, double totalMillis) {
    List<Answer> answers = new ArrayList<>(outcomes.size());
    for (Outcome outcome : outcomes) {
      answers.add(answer(outcome));
    }
    return AnswerCodec.write(new BatchAnswer(answers, totalMillis));
  }

  public static ObjectNode failure(int code, String message, boolean webAction) {
    return write(Answer.failure(code, UrlRedactor.scrub(message)), webAction);
  }

  static Answer answer(Outcome outcome) {
    if (!outcome.ok()) {
      return Answer.failure(outcome.code(), UrlRedactor.scrub(outcome.error()));
    }
    Timings t = outcome.timings();
    ModelRef model = new ModelRef(outcome.model().name(), outcome.model().sha256());
    Map<String, Double> timings = Answer.timings(t.fetch(), t.decode(), t.preprocess(), t.infer(), t.total());
    if (outcome.number() != null) {
      return Answer.number(number(outcome.number()), model, timings);
    }
    return Answer.digit(outcome.res(), outcome.prediction().confidence(), outcome.prediction().probabilities(),
        model, timings, outcome.input().toPng());
  }

  private static NumberAnswer number(NumberReading reading) {
    List<NumberDigit> digits = new ArrayList<>(reading.digits().size());
    for (ReadDigit d : reading.digits()) {
      Box b = d.box();
      digits.add(new NumberDigit(d.digit(), d.confidence(), d.probabilities(),
          new DigitBox(b.x(), b.y(), b.width(), b.height()), d.input().toPng(), d.unsure()));
    }
    return new NumberAnswer(reading.text(), (float) reading.confidence(), digits);
  }

  private static ObjectNode write(Answer answer, boolean webAction) {
    return webAction && answer.failed() ? AnswerCodec.webFailure(answer) : AnswerCodec.write(answer);
  }
}

package dev.digitwhisk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AnswerCodecTest {
  private static final float[] PROBABILITIES = {0.01f, 0, 0, 0.02f, 0, 0, 0.9f, 0, 0.07f, 0};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3};

  private static Answer digit() {
    return Answer.digit(6, 0.9f, PROBABILITIES, new ModelRef("digitwhisk-mnist-cnn", "ab12"),
        Answer.timings(1.25, 0.5, 0.75, 0.125, 2.875), PNG);
  }

  /** Through bytes as over the wire, so the test covers what the other side really parses. */
  private static JsonNode wire(JsonNode json) throws Exception {
    return Json.parse(Json.bytes(json));
  }

  @Test
  void digit_roundTrips() throws Exception {
    Answer answer = digit();

    assertThat(AnswerCodec.read(wire(AnswerCodec.write(answer)))).isEqualTo(answer);
  }

  @Test
  void digit_isWrittenWithTheOriginalRecipesKeys() throws Exception {
    JsonNode json = wire(AnswerCodec.write(digit()));

    assertThat(json.path("code").intValue()).isEqualTo(200);
    assertThat(json.path("res").intValue()).isEqualTo(6);
    assertThat(json.has("error")).isFalse();
    assertThat(json.path("probabilities").size()).isEqualTo(10);
    assertThat(json.path("model").path("name").asString()).isEqualTo("digitwhisk-mnist-cnn");
    assertThat(json.path("timings_ms").propertyNames()).containsExactly("fetch", "decode", "preprocess", "infer", "total");
    assertThat(json.path("input_png").asString()).startsWith("iVBORw0KGgo");
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void everyErrorKind_roundTripsWithItsCode(ErrorKind kind) throws Exception {
    Answer failure = Answer.failure(kind, "why it failed: " + kind);

    JsonNode json = wire(AnswerCodec.write(failure));
    Answer read = AnswerCodec.read(json);

    assertThat(json.path("res").intValue()).isEqualTo(-1);
    assertThat(json.path("code").intValue()).isEqualTo(kind.code());
    assertThat(read).isEqualTo(failure);
    assertThat(read.kind()).contains(kind);
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void failure_carriesCodeResKindAndAdviceInsideErrorAndAtTheTop(ErrorKind kind) throws Exception {
    JsonNode json = wire(AnswerCodec.write(Answer.failure(kind, "why it failed")));
    JsonNode error = json.path("error");

    assertThat(json.path("code").intValue()).isEqualTo(kind.code());
    assertThat(json.path("res").intValue()).isEqualTo(-1);
    assertThat(json.path("kind").asString()).isEqualTo(kind.wireName());
    assertThat(json.path("advice").asString()).isEqualTo(kind.advice()).isNotBlank();
    assertThat(error.path("code").intValue()).isEqualTo(kind.code());
    assertThat(error.path("res").intValue()).isEqualTo(-1);
    assertThat(error.path("kind").asString()).isEqualTo(kind.wireName());
    assertThat(error.path("message").asString()).isEqualTo("why it failed");
    assertThat(error.path("advice").asString()).isEqualTo(kind.advice());
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void failure_survivesWhatOpenWhiskKeepsOfAnApplicationError(ErrorKind kind) throws Exception {
    Answer failure = Answer.failure(kind, "why it failed: " + kind);
    JsonNode written = wire(AnswerCodec.write(failure));
    // ActivationResult.scala keeps {"error": <value>} and drops every other key.
    JsonNode kept = Json.object().set("error", written.get("error"));

    Answer read = AnswerCodec.read(wire(kept));

    assertThat(read).isEqualTo(failure);
    assertThat(read.kind()).contains(kind);
  }

  @Test
  void failure_withACodeOutsideTheContract_hasNoKindOrAdvice() throws Exception {
    JsonNode json = wire(AnswerCodec.write(Answer.failure(405, "Use POST.")));

    assertThat(json.has("kind")).isFalse();
    assertThat(json.path("error").has("advice")).isFalse();
    assertThat(AnswerCodec.read(Json.object().set("error", json.get("error")))).isEqualTo(Answer.failure(405, "Use POST."));
  }

  @Test
  void read_originalRecipesStringError_stillReads() throws Exception {
    Answer answer = AnswerCodec.read(Json.parse("{\"code\":422,\"res\":-1,\"error\":\"No digit found.\"}"));

    assertThat(answer).isEqualTo(Answer.failure(ErrorKind.NO_DIGIT, "No digit found."));
  }

  @Test
  void batch_roundTripsWithMixedResults() throws Exception {
    BatchAnswer batch = new BatchAnswer(List.of(digit(), Answer.failure(ErrorKind.NOT_FOUND, "no such object")), 12.5);

    JsonNode json = wire(AnswerCodec.write(batch));

    assertThat(json.path("code").intValue()).isEqualTo(200);
    assertThat(json.path("timings_ms").path("total").doubleValue()).isEqualTo(12.5);
    assertThat(AnswerCodec.readBatch(json)).isEqualTo(batch);
  }

  @Test
  void webFailure_readsBackAsTheFailure_inBothShapesOpenWhiskPasses() throws Exception {
    Answer failure = Answer.failure(ErrorKind.NO_DIGIT, "No digit found.");

    JsonNode web = wire(AnswerCodec.webFailure(failure));

    assertThat(web.path("error").path("statusCode").intValue()).isEqualTo(422);
    assertThat(web.path("error").path("body").path("error").path("message").asString()).isEqualTo("No digit found.");
    assertThat(AnswerCodec.read(web)).isEqualTo(failure);
    // A .json caller gets the error value alone: the HTTP response object.
    assertThat(AnswerCodec.read(web.get("error"))).isEqualTo(failure);
  }

  @Test
  void webFailure_ofADigit_isRefused() {
    assertThatThrownBy(() -> AnswerCodec.webFailure(digit())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_originalRecipesTerseAnswers() throws Exception {
    Answer six = AnswerCodec.read(Json.parse("{\"code\":200,\"res\":6}"));
    Answer failed = AnswerCodec.read(Json.parse("{\"code\":500,\"res\":-1}"));

    assertThat(six.res()).isEqualTo(6);
    assertThat(six.hasProbabilities()).isFalse();
    assertThat(Float.isNaN(six.confidence())).isTrue();
    assertThat(six.model()).isEqualTo(ModelRef.UNKNOWN);
    assertThat(six.inputPng()).isEmpty();
    assertThat(AnswerCodec.read(wire(AnswerCodec.write(six)))).isEqualTo(six);
    assertThat(failed.failed()).isTrue();
    assertThat(failed.kind()).contains(ErrorKind.INTERNAL);
    assertThat(failed.error()).isEmpty();
  }

  @Test
  void read_nestedDeveloperError_isUnwrapped() throws Exception {
    Answer answer = AnswerCodec.read(Json.parse("{\"error\":{\"error\":\"The action did not initialize.\"}}"));

    assertThat(answer.code()).isEqualTo(500);
    assertThat(answer.error()).isEqualTo("The action did not initialize.");
  }

  @Test
  void read_confidenceMissing_takesTheDigitsProbability() throws Exception {
    Answer answer = AnswerCodec.read(Json.parse("{\"code\":200,\"res\":3,\"probabilities\":[0,0,0,0.75,0,0,0,0,0.25,0]}"));

    assertThat(answer.confidence()).isEqualTo(0.75f);
  }

  @Test
  void read_whatNoVersionOfTheActionWrites_isRefused() {
    assertThatThrownBy(() -> AnswerCodec.read(Json.parse("{\"code\":200,\"res\":12}")))
        .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("no digit");
    assertThatThrownBy(() -> AnswerCodec.read(Json.parse("[6]")))
        .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("other than a JSON object");
    assertThatThrownBy(() -> AnswerCodec.readBatch(Json.parse("{\"code\":200,\"res\":6}")))
        .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("results");
  }

  @Test
  void answer_keepsCopies() {
    float[] probabilities = PROBABILITIES.clone();
    Answer answer = Answer.digit(6, 0.9f, probabilities, ModelRef.UNKNOWN, Map.of(), PNG);
    probabilities[6] = 0;
    answer.probabilities()[6] = 0;

    assertThat(answer.probabilities()[6]).isEqualTo(0.9f);
  }

  private static NumberAnswer number2026() {
    float[] sure = {0, 0, 0.98f, 0, 0, 0, 0, 0.02f, 0, 0};
    float[] unsure = {0.6f, 0, 0, 0, 0, 0, 0.4f, 0, 0, 0};
    return NumberAnswer.of(0.5f, List.of(
        NumberDigit.of(2, 0.98f, sure, new DigitBox(4, 3, 20, 30), PNG),
        NumberDigit.of(0, 0.6f, unsure, new DigitBox(30, 2, 22, 31), PNG),
        NumberDigit.of(2, 0.98f, sure, new DigitBox(58, 4, 19, 29), PNG),
        NumberDigit.of(6, 0.9f, PROBABILITIES, new DigitBox(83, 3, 21, 30), PNG)));
  }

  private static Answer numberAnswer() {
    return Answer.number(number2026(), new ModelRef("digitwhisk-mnist-cnn", "ab12"),
        Answer.timings(1.25, 0.5, 0, 3.5, 5.25));
  }

  @Test
  void number_roundTrips() throws Exception {
    Answer answer = numberAnswer();

    Answer read = AnswerCodec.read(wire(AnswerCodec.write(answer)));

    assertThat(read).isEqualTo(answer);
    assertThat(read.number()).get().extracting(NumberAnswer::text).isEqualTo("2026");
  }

  @Test
  void number_isWrittenAsTextAndDigits_withResTheFirstDigitAndTheNumbersConfidence() throws Exception {
    JsonNode json = wire(AnswerCodec.write(numberAnswer()));

    assertThat(json.path("code").intValue()).isEqualTo(200);
    assertThat(json.path("res").intValue()).isEqualTo(2);
    assertThat(json.path("confidence").doubleValue()).isEqualTo(0.5);
    assertThat(json.path("text").asString()).isEqualTo("2026");
    assertThat(json.path("digits").size()).isEqualTo(4);
    JsonNode zero = json.path("digits").get(1);
    assertThat(zero.path("digit").intValue()).isZero();
    assertThat(zero.path("unsure").booleanValue()).isTrue();
    assertThat(json.path("digits").get(0).path("unsure").booleanValue()).isFalse();
    assertThat(zero.path("box").propertyNames()).containsExactly("x", "y", "width", "height");
    assertThat(zero.path("box").path("width").intValue()).isEqualTo(22);
    assertThat(zero.path("probabilities").size()).isEqualTo(10);
    assertThat(zero.path("input_png").asString()).startsWith("iVBORw0KGgo");
    // Each digit carries its own; the answer's would only repeat the first digit's.
    assertThat(json.has("probabilities")).isFalse();
    assertThat(json.has("input_png")).isFalse();
  }

  @Test
  void number_keepsLeadingZeros() throws Exception {
    NumberAnswer zeros = NumberAnswer.of(0.9f, List.of(
        NumberDigit.of(0, 0.95f, null, new DigitBox(0, 0, 5, 9), null),
        NumberDigit.of(0, 0.95f, null, new DigitBox(6, 0, 5, 9), null),
        NumberDigit.of(7, 0.99f, null, new DigitBox(12, 0, 5, 9), null)));

    Answer read = AnswerCodec.read(wire(AnswerCodec.write(Answer.number(zeros, ModelRef.UNKNOWN, Map.of()))));

    assertThat(read.number().orElseThrow().text()).isEqualTo("007");
    assertThat(read.res()).isZero();
  }

  @Test
  void digit_hasNoNumber() throws Exception {
    assertThat(AnswerCodec.read(wire(AnswerCodec.write(digit()))).number()).isEmpty();
    assertThat(wire(AnswerCodec.write(digit())).has("text")).isFalse();
  }

  @Test
  void number_unsureMissing_isTakenFromTheConfidence() throws Exception {
    ObjectNode json = (ObjectNode) wire(AnswerCodec.write(numberAnswer()));
    for (JsonNode digit : json.path("digits")) {
      ((ObjectNode) digit).remove("unsure");
    }

    assertThat(AnswerCodec.read(json)).isEqualTo(numberAnswer());
  }

  /** Sets each key of {@code edit} in {@code target}; a null removes it. */
  private static void apply(String edit, ObjectNode target) throws Exception {
    for (var e : Json.parse(edit).properties()) {
      if (e.getValue().isNull()) {
        target.remove(e.getKey());
      } else {
        target.set(e.getKey(), e.getValue());
      }
    }
  }

  /** Each edit makes the number something other than what the action read: the answer is refused whole. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "text is a number          | {\"text\":2026}",
      "text has a letter         | {\"text\":\"2O26\"}",
      "text is empty             | {\"text\":\"\"}",
      "text too short for digits | {\"text\":\"202\"}",
      "res is not the first      | {\"res\":6}",
      "no confidence             | {\"confidence\":null}",
      "digits not a list         | {\"digits\":{}}",
      "digits missing            | {\"digits\":null}",
  })
  void number_malformed_isRefused(String what, String edit) throws Exception {
    ObjectNode json = (ObjectNode) wire(AnswerCodec.write(numberAnswer()));
    apply(edit, json);

    assertThatThrownBy(() -> AnswerCodec.read(json)).as(what)
        .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("number");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "another digit than the text | {\"digit\":5}",
      "digit as text               | {\"digit\":\"0\"}",
      "no confidence               | {\"confidence\":null}",
      "nine probabilities          | {\"probabilities\":[0,0,0,0,0,0,0,0,1]}",
      "probabilities as text       | {\"probabilities\":\"0.6\"}",
      "no box                      | {\"box\":null}",
      "negative box                | {\"box\":{\"x\":-1,\"y\":0,\"width\":5,\"height\":5}}",
      "box without height          | {\"box\":{\"x\":1,\"y\":0,\"width\":5}}",
      "unsure as text              | {\"unsure\":\"yes\"}",
      "png not base64              | {\"input_png\":\"%%%\"}",
  })
  void numberDigit_malformed_isRefused(String what, String edit) throws Exception {
    ObjectNode json = (ObjectNode) wire(AnswerCodec.write(numberAnswer()));
    apply(edit, (ObjectNode) json.path("digits").get(1));

    assertThatThrownBy(() -> AnswerCodec.read(json)).as(what)
        .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("digits\"[1]");
  }

  @Test
  void number_overTheDigitLimit_isRefused() {
    List<NumberDigit> many = java.util.Collections.nCopies(Limits.MAX_DIGITS + 1,
        NumberDigit.of(1, 0.9f, null, new DigitBox(0, 0, 1, 1), null));

    assertThatThrownBy(() -> NumberAnswer.of(0.1f, many)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to " + Limits.MAX_DIGITS);
  }

  @Test
  void numberAnswer_whoseResIsNotItsFirstDigit_cannotBeMade() {
    assertThatThrownBy(() -> new Answer(200, 6, 0.5f, null, null, Map.of(), null, null, java.util.Optional.of(number2026())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readMode_namesItsParameterValues() {
    assertThat(ReadMode.of("number")).contains(ReadMode.NUMBER);
    assertThat(ReadMode.of("digit")).contains(ReadMode.DIGIT);
    assertThat(ReadMode.of("NUMBER")).isEmpty();
    assertThat(ReadMode.NUMBER.wireName()).isEqualTo("number");
  }

  @Test
  void errorKind_ofUnknownCode_isEmpty() {
    assertThat(ErrorKind.of(418)).isEmpty();
    assertThat(ErrorKind.of(413)).contains(ErrorKind.TOO_LARGE);
  }
}

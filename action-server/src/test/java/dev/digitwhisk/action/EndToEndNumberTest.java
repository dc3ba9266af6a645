package dev.digitwhisk.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.ActionClient.Answer;
import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.model.mnist.NumberPicture;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.NumberDigit;
import java.util.Base64;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whole numbers the whole way, with the shipped model: numbers written with MNIST test digits, dark
 * on white, served from a loopback store or sent inline, read through /run over real HTTP. Needs the
 * MNIST files (skips without them).
 */
class EndToEndNumberTest {
  private static DigitClassifier classifier;
  private static ImageServer store;
  private static ActionServer server;
  private static ActionClient client;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(TestImages.mnistTest().isPresent(), "MNIST test files not found (set DIGITWHISK_MNIST_DIR)");
    classifier = DigitClassifier.loadDefault();
    store = ImageServer.start();
    server = ActionServer.start(ActionServerConfig.loopback(classifier));
    client = new ActionClient(server.baseUri());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
      server.close();
      store.close();
      classifier.close();
    }
  }

  private static Answer readNumber(String path, NumberPicture picture) throws Exception {
    store.bytes(path, picture.png());
    return client.run(ActionClient.JSON.createObjectNode().put("url", store.url(path)).put("read", "number"));
  }

  @Test
  void numbersOfMnistTestDigits_areReadWhole() throws Exception {
    int numbers = 24;
    int whole = 0;
    int digitsRight = 0;
    int digits = 0;
    int next = 0;
    for (int n = 0; n < numbers; n++) {
      int length = 2 + n % 7;
      int[] indices = IntStream.range(next, next + length).toArray();
      next += length;
      NumberPicture picture = TestImages.mnistNumber(1 + n % 3, indices).orElseThrow();
      Answer answer = readNumber("/n" + n + ".png", picture);
      assertThat(answer.code()).as("number %s: %s", picture.text(), answer.text()).isEqualTo(200);
      String text = answer.json().path("text").asString();
      if (text.equals(picture.text())) {
        whole++;
      }
      for (int i = 0; i < Math.min(text.length(), picture.text().length()); i++) {
        digitsRight += text.charAt(i) == picture.text().charAt(i) ? 1 : 0;
      }
      digits += picture.text().length();
    }
    System.out.printf("numbers read whole: %d of %d; digits right: %d of %d%n", whole, numbers, digitsRight, digits);
    // The single-digit model gets about 99 % of MNIST test digits; the digits here are apart, so
    // segmenting should lose almost nothing on top of that.
    assertThat(digitsRight).as("digits right of %d", digits).isGreaterThanOrEqualTo(digits * 96 / 100);
    assertThat(whole).as("numbers read whole of %d", numbers).isGreaterThanOrEqualTo(numbers - 3);
  }

  @Test
  void number_answer_carriesTextDigitsBoxesAndTheOriginalRecipesRes() throws Exception {
    // MNIST test digits 3, 2, 1, 0 are a 0, 1, 2 and 7: a number with a leading zero.
    NumberPicture picture = TestImages.mnistNumber(3, 3, 2, 1, 0).orElseThrow();
    Answer answer = readNumber("/boxes.png", picture);
    JsonNode json = answer.json();
    NumberAnswer number = AnswerCodec.read(json).number().orElseThrow();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(number.text()).isEqualTo(picture.text()).startsWith("0");
    assertThat(json.path("res").intValue()).isEqualTo(picture.text().charAt(0) - '0');
    assertThat((float) json.path("confidence").doubleValue()).isEqualTo(number.confidence()).isBetween(0f, 1f);
    assertThat(json.path("timings_ms").path("infer").doubleValue()).isPositive();
    int previousRight = 0;
    for (NumberDigit d : number.digits()) {
      assertThat(d.box().x()).as("boxes left to right").isGreaterThanOrEqualTo(previousRight);
      assertThat(d.box().x() + d.box().width()).isLessThanOrEqualTo(picture.image().getWidth());
      assertThat(d.box().y() + d.box().height()).isLessThanOrEqualTo(picture.image().getHeight());
      assertThat(d.box().height()).as("a digit's box at the picture's scale").isGreaterThan(picture.image().getHeight() / 3);
      assertThat(d.hasProbabilities()).isTrue();
      assertThat(d.inputPng()).startsWith(0x89, 'P', 'N', 'G');
      assertThat(d.unsure()).isEqualTo(d.confidence() < NumberDigit.UNSURE_BELOW);
      previousRight = d.box().x() + d.box().width();
    }
  }

  @Test
  void number_inline_isReadAsByUrl() throws Exception {
    NumberPicture picture = TestImages.mnistNumber(2, 100, 101, 102, 103, 104, 105, 106, 107).orElseThrow();
    Answer byUrl = readNumber("/eight.png", picture);
    Answer inline = client.run(ActionClient.JSON.createObjectNode()
        .put("image", Base64.getEncoder().encodeToString(picture.png())).put("read", "number"));

    assertThat(inline.code()).as(inline.text()).isEqualTo(200);
    assertThat(inline.json().path("text").asString()).isEqualTo(byUrl.json().path("text").asString()).hasSize(8);
    assertThat(inline.json().path("digits")).isEqualTo(byUrl.json().path("digits"));
  }

  @Test
  void readDigit_orNoRead_answersExactlyAsBefore() throws Exception {
    NumberPicture one = TestImages.mnistNumber(4, 0).orElseThrow();
    store.bytes("/one.png", one.png());
    Answer plain = client.runUrl(store.url("/one.png"));
    Answer digit = client.run(ActionClient.JSON.createObjectNode().put("url", store.url("/one.png")).put("read", "digit"));
    Answer number = readNumber("/one.png", one);

    assertThat(plain.json().has("text")).isFalse();
    assertThat(plain.json().has("digits")).isFalse();
    assertThat(digit.res()).isEqualTo(plain.res()).isEqualTo(one.text().charAt(0) - '0');
    assertThat(digit.json().path("probabilities")).isEqualTo(plain.json().path("probabilities"));
    // One digit's ink is one candidate: the number path lays it out and classifies it as the digit path does.
    assertThat(number.json().path("digits").get(0).path("probabilities")).isEqualTo(plain.json().path("probabilities"));
  }
}

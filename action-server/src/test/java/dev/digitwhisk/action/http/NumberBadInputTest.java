package dev.digitwhisk.action.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.action.ActionServer;
import dev.digitwhisk.action.ActionServerConfig;
import dev.digitwhisk.action.testing.ActionClient;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.model.DigitClassifier;
import dev.digitwhisk.protocol.AnswerCodec;
import dev.digitwhisk.protocol.Limits;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pictures and parameters that are no readable number, each with the codes it may get: a wrong
 * {@code read}, a number asked of a list, past the number limits (413), no ink (422), a deadline
 * already spent (504), and pictures whose reading must simply end — scribbles, letters, specks, a
 * strip 10,000 pixels wide. Every one gets a JSON answer from a real server, never a 500 or a hang,
 * and the server reads a number afterwards.
 */
class NumberBadInputTest {
  private static DigitClassifier classifier;
  private static ActionServer server;
  private static ActionClient client;

  /** One request: its {@code value} and the answer codes it may get (200 only where reading it is fine too). */
  record Case(String name, ObjectNode value, String deadline, Set<Integer> codes) {
    static Case inline(String name, byte[] image, Integer... codes) {
      return new Case(name, numberValue().put("image", Base64.getEncoder().encodeToString(image)), null, Set.of(codes));
    }

    static Case value(String name, ObjectNode value, Integer... codes) {
      return new Case(name, value, null, Set.of(codes));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static ObjectNode numberValue() {
    return ActionClient.JSON.createObjectNode().put("read", "number");
  }

  static Stream<Case> cases() {
    byte[] ok = picture(240, 80, g -> {
      g.drawLine(40, 15, 40, 65);
      g.drawLine(120, 15, 120, 65);
    });
    String okBase64 = Base64.getEncoder().encodeToString(ok);
    List<Case> cases = new java.util.ArrayList<>();
    for (String read : new String[] {"\"Number\"", "\"numbers\"", "\"\"", "\"text\"", "1", "true", "{}", "[\"number\"]"}) {
      cases.add(Case.value("read = " + read, ActionClient.JSON.createObjectNode().put("image", okBase64)
          .set("read", ActionClient.JSON.readTree(read)), 400));
    }
    cases.add(Case.value("number of a urls list", numberValue().set("urls", ActionClient.JSON.createArrayNode()
        .add("http://127.0.0.1:9/a.png")), 400));
    cases.add(Case.value("number with url and image", numberValue().put("url", "http://127.0.0.1:9/a.png").put("image", okBase64), 400));
    cases.add(new Case("deadline already spent", numberValue().put("image", okBase64),
        Long.toString(System.currentTimeMillis() - 1_000), Set.of(504)));
    cases.add(Case.inline("blank paper", TestImages.blank("png", 300), 422));
    cases.add(Case.inline("one pixel", TestImages.blank("png", 1), 422));
    cases.add(Case.inline("not an image", "2026".getBytes(), 415));
    cases.add(Case.inline("png bomb", TestImages.pngClaiming(50_000, 50_000), 413));
    cases.add(Case.inline("strip 10,000 px wide", strip(10_000, 40), 413));
    cases.add(Case.inline("strip 10,000 px high", strip(40, 10_000), 413));
    cases.add(Case.inline("strip just over the aspect limit", strip(Limits.MAX_NUMBER_ASPECT * 50 + 50, 50), 413));
    cases.add(Case.inline("40 strokes: more digits than a number has", bars(40), 413));
    cases.add(Case.inline("one stroke more than the most digits", bars(Limits.MAX_DIGITS + 1), 413));
    cases.add(Case.inline("one mark more than the most marks", specks(Limits.MAX_NUMBER_MARKS + 1, 3), 413));
    cases.add(Case.inline("200 tiny specks", specks(200, 2), 413, 422));
    cases.add(Case.inline("2,000 specks of noise", specks(2_000, 1), 413, 422));
    Random random = new Random(20261205);
    for (int i = 0; i < 6; i++) {
      cases.add(Case.inline("scribble #" + i, scribble(random, 8 + 12 * i), 200, 413, 422));
    }
    cases.add(Case.inline("letters AXHW", letters(), 200, 413, 422));
    cases.add(Case.inline("a filled block", picture(300, 120, g -> g.fillRect(20, 20, 260, 80)), 200, 422));
    cases.add(Case.inline("a frame round the page", picture(300, 120, g -> g.drawRect(2, 2, 295, 115)), 200, 422));
    return cases.stream();
  }

  @BeforeAll
  static void start() throws Exception {
    classifier = DigitClassifier.loadDefault();
    server = ActionServer.start(ActionServerConfig.loopback(classifier));
    client = new ActionClient(server.baseUri());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    classifier.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badNumberInput_getsAClearAnswer(Case c) throws Exception {
    ObjectNode body = ActionClient.JSON.createObjectNode();
    body.set("value", c.value());
    if (c.deadline() != null) {
      body.put("deadline", c.deadline());
    }
    ActionClient.Answer answer = client.post("/run", body.toString());

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json).as(answer.text()).isNotNull();
    assertThat(answer.code()).as("code of %s", answer.text()).isIn(c.codes());
    if (answer.code() == 200) {
      assertThat(AnswerCodec.read(json).number()).as("a number in %s", answer.text()).isPresent();
      return;
    }
    assertThat(answer.res()).isEqualTo(-1);
    assertThat(answer.error()).as("the message in %s", answer.text()).isNotBlank();
    assertThat(AnswerCodec.read(json).error()).isEqualTo(answer.error());
    if (answer.code() == 413) {
      assertThat(answer.error()).containsAnyOf("digit", "marks", "times as", "pixels");
    }
    if (c.name().startsWith("one mark more")) {
      assertThat(answer.error()).contains((Limits.MAX_NUMBER_MARKS + 1) + " separate marks");
    }
    if (c.name().startsWith("one stroke more")) {
      assertThat(answer.error()).contains((Limits.MAX_DIGITS + 1) + " digit");
    }
  }

  @Test
  void atTheLimits_theNumberIsRead() throws Exception {
    ActionClient.Answer most = client.run(numberValue().put("image",
        Base64.getEncoder().encodeToString(bars(Limits.MAX_DIGITS))));
    byte[] longStrip = picture(Limits.MAX_NUMBER_ASPECT * 60, 60, g -> {
      for (int x = 100; x <= 300; x += 100) {
        g.drawLine(x, 8, x, 52);
      }
    });
    ActionClient.Answer longest = client.run(numberValue().put("image", Base64.getEncoder().encodeToString(longStrip)));

    assertThat(most.code()).as(most.text()).isEqualTo(200);
    assertThat(most.json().path("text").asString()).isEqualTo("1".repeat(Limits.MAX_DIGITS));
    assertThat(longest.code()).as("a picture exactly at the aspect limit: %s", longest.text()).isEqualTo(200);
    assertThat(longest.json().path("text").asString()).isEqualTo("111");
  }

  @Test
  void afterTheBadInput_aNumberIsStillRead() throws Exception {
    ActionClient.Answer answer = client.run(numberValue().put("image", Base64.getEncoder().encodeToString(bars(3))));

    assertThat(answer.code()).as(answer.text()).isEqualTo(200);
    assertThat(answer.json().path("text").asString()).isEqualTo("111");
  }

  /** Dark strokes on white paper. */
  private static byte[] picture(int width, int height, Consumer<Graphics2D> draw) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(Math.max(2, height / 12f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      draw.accept(g);
    } finally {
      g.dispose();
    }
    return TestImages.encode(image, "png");
  }

  /** {@code count} upright strokes, each a "1", in a row. */
  private static byte[] bars(int count) {
    return picture(30 * count + 30, 90, g -> {
      for (int i = 0; i < count; i++) {
        g.drawLine(30 + 30 * i, 15, 30 + 30 * i, 75);
      }
    });
  }

  /** A thin strip with ink along it. */
  private static byte[] strip(int width, int height) {
    return picture(width, height, g -> {
      for (int x = 10; x + 10 < width || (width < height && x == 10); x += Math.max(20, width / 50)) {
        g.drawLine(x, height / 4, x, Math.max(height / 4 + 1, 3 * height / 4));
      }
      if (width < height) {
        g.drawLine(width / 2, 10, width / 2, height - 10);
      }
    });
  }

  /** {@code count} dots of {@code side} pixels on a grid. */
  private static byte[] specks(int count, int side) {
    int perRow = (int) Math.ceil(Math.sqrt(count * 3.0));
    return picture(perRow * 8 + 16, (count / perRow + 1) * 8 + 16, g -> {
      for (int i = 0; i < count; i++) {
        g.fillRect(8 + (i % perRow) * 8, 8 + (i / perRow) * 8, side, side);
      }
    });
  }

  private static byte[] scribble(Random random, int strokes) {
    return picture(400, 160, g -> {
      int x = 200;
      int y = 80;
      for (int i = 0; i < strokes; i++) {
        int nx = Math.clamp(x + random.nextInt(161) - 80, 5, 395);
        int ny = Math.clamp(y + random.nextInt(121) - 60, 5, 155);
        g.drawLine(x, y, nx, ny);
        x = nx;
        y = ny;
      }
    });
  }

  /** A, X, H and W drawn as strokes (no font needed). */
  private static byte[] letters() {
    return picture(360, 120, g -> {
      g.drawPolyline(new int[] {20, 50, 80}, new int[] {100, 20, 100}, 3);
      g.drawLine(35, 65, 65, 65);
      g.drawLine(110, 20, 170, 100);
      g.drawLine(170, 20, 110, 100);
      g.drawLine(200, 20, 200, 100);
      g.drawLine(250, 20, 250, 100);
      g.drawLine(200, 60, 250, 60);
      g.drawPolyline(new int[] {270, 285, 305, 325, 340}, new int[] {20, 100, 50, 100, 20}, 5);
    });
  }
}

package dev.digitwhisk.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.protocol.DigitBox;
import dev.digitwhisk.protocol.NumberAnswer;
import dev.digitwhisk.protocol.NumberDigit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class NumberTextTest {
  private static NumberDigit digit(int digit, float confidence, int x) {
    return NumberDigit.of(digit, confidence, null, new DigitBox(x, 2, 18, 30), null);
  }

  private static final NumberAnswer NUMBER = NumberAnswer.of(0.4f,
      List.of(digit(2, 0.99f, 0), digit(0, 0.55f, 20), digit(2, 0.98f, 40), digit(6, 0.69f, 60)));

  @Test
  void marked_bracketsEveryUnsureDigit() {
    assertThat(NumberText.marked(NUMBER)).isEqualTo("2[0]2[6]");
  }

  @Test
  void marked_sureNumber_isItsText() {
    assertThat(NumberText.marked(NumberAnswer.of(0.9f, List.of(digit(0, 0.95f, 0), digit(7, 0.99f, 20)))))
        .isEqualTo("07");
  }

  @Test
  void json_hasTextConfidenceAndEveryDigitWithItsBox() {
    ObjectNode node = JsonMapper.builder().build().createObjectNode();

    NumberText.json(NUMBER, node);

    assertThat(node.path("text").asString()).isEqualTo("2026");
    assertThat(node.path("confidence").floatValue()).isEqualTo(0.4f);
    assertThat(node.path("digits")).hasSize(4);
    assertThat(node.path("digits").get(1).path("unsure").booleanValue()).isTrue();
    assertThat(node.path("digits").get(3).path("box").path("x").intValue()).isEqualTo(60);
  }
}

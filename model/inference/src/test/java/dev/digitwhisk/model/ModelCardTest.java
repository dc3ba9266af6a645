package dev.digitwhisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.protocol.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class ModelCardTest {
  @Test
  void parse_trainingCard_readsTheFieldsAndIgnoresTheRest() {
    String json = """
        {"name": "digitwhisk-mnist-cnn", "version": "1", "parameters": 871530,
         "layers": ["conv 3x3", "relu"], "input": {"name": "input", "shape": "[N,1,28,28]"},
         "epochs": 12, "seed": 20261125, "validationAccuracy": 0.9951, "testAccuracy": 0.9942,
         "sha256": "ABCDEF", "date": "2026-11-25", "notes": "say \\"hi\\"\\n\\u00e9"}
        """;

    ModelCard card = ModelCard.parse(json);

    assertThat(card.name()).isEqualTo("digitwhisk-mnist-cnn");
    assertThat(card.parameters()).isEqualTo(871_530);
    assertThat(card.epochs()).isEqualTo(12);
    assertThat(card.seed()).isEqualTo(20_261_125L);
    assertThat(card.testAccuracy()).isEqualTo(0.9942);
    assertThat(card.sha256()).isEqualTo("abcdef");
    assertThat(card.notes()).isEqualTo("say \"hi\"\né");
    assertThat(card.architecture()).isEmpty();
  }

  @Test
  void toJson_parse_roundTrips() {
    ModelCard card = new ModelCard("m", "CNN \"small\"", 10, "DJL", "MNIST", "shifts", 3, 42, 0.99, Double.NaN,
        "00ff", "2026-11-25", "line\none");

    assertThat(ModelCard.parse(card.toJson())).isEqualTo(card);
  }

  @Test
  void toJson_withDetails_writesThemAfterTheFieldsAndReadsBackTheCard() throws Exception {
    ModelCard card = new ModelCard("m", "CNN", 10, "DJL", "MNIST", "none", 3, 42, 0.99, 0.98, "00ff", "2026-11-25", "");
    ArrayNode layers = Json.array().add("conv 3x3").add("relu");

    String json = card.toJson(Map.of("layers", layers));

    assertThat(Json.parse(json).get("layers")).isEqualTo(layers);
    assertThat(json.indexOf("\"layers\"")).isGreaterThan(json.indexOf("\"notes\""));
    assertThat(ModelCard.parse(json)).isEqualTo(card);
    assertThatThrownBy(() -> card.toJson(Map.of("sha256", Json.object()))).hasMessageContaining("own fields");
  }

  @Test
  void parse_withoutNameOrDigest_isRefused() {
    assertThatThrownBy(() -> ModelCard.parse("{\"name\": \"x\"}")).hasMessageContaining("\"name\" and \"sha256\"");
    assertThatThrownBy(() -> ModelCard.parse("[1, 2]")).hasMessageContaining("JSON object");
  }

  @Test
  void parse_brokenJson_saysWhere() {
    assertThatThrownBy(() -> ModelCard.parse("{\"name\": \"x\",, }"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid JSON");
    assertThatThrownBy(() -> ModelCard.parse("{\"name\": \"x\"} {}")).hasMessageContaining("after the JSON value");
  }

  @Test
  void shippedCard_parsesAndNamesTheShippedModel() throws Exception {
    String json;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DigitClassifier.CARD_RESOURCE)) {
      assertThat(in).as("model-card.json on the classpath").isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ModelCard card = ModelCard.parse(json);

    assertThat(card.sha256()).hasSize(64);
    assertThat(card.name()).isNotBlank();
  }
}

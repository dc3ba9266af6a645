package dev.digitwhisk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {
  /** Jackson's own mapper, as the reference the streaming reader and writer must agree with. */
  private static final JsonMapper REFERENCE = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"value\":{\"url\":\"http://h/x.png?X-Amz-Signature=abc\",\"n\":1}}",
      "{\"deadline\":1764633600000,\"big\":123456789012345678901234567890,\"neg\":-7}",
      "{\"d\":0.25,\"e\":1.5E-7,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[2,[3]],{\"k\":\"v\"}]}",
      "{\"text\":\"❄ snow \\u0000 \\\"quoted\\\" \\\\ tab\\t 😀\"}",
      "[]", "\"just a string\"", "42", "{}"})
  void readsAndWritesWhatJacksonsMapperReadsAndWrites(String text) throws Exception {
    JsonNode ours = Json.parse(utf8(text));
    JsonNode reference = REFERENCE.readTree(text);

    assertThat(ours).isEqualTo(reference);
    assertThat(new String(Json.bytes(ours), StandardCharsets.UTF_8)).isEqualTo(REFERENCE.writeValueAsString(reference));
    assertThat(Json.parse(Json.bytes(ours))).isEqualTo(ours);
  }

  @Test
  void numbers_keepTheirKind() throws Exception {
    JsonNode node = Json.parse(utf8("{\"i\":7,\"l\":9000000000,\"b\":99999999999999999999,\"d\":2.5}"));

    assertThat(node.get("i").isInt()).isTrue();
    assertThat(node.get("l").isLong()).isTrue();
    assertThat(node.get("b").bigIntegerValue()).isEqualTo(new BigInteger("99999999999999999999"));
    assertThat(node.get("d").isDouble()).isTrue();
  }

  @Test
  void aRepeatedName_keepsTheLastValue() throws Exception {
    assertThat(Json.parse(utf8("{\"a\":1,\"a\":2}")).get("a").intValue()).isEqualTo(2);
  }

  @Test
  void emptyBody_isNull() throws Exception {
    assertThat(Json.parse(new byte[0])).isNull();
    assertThat(Json.parse(utf8("   \n"))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":{}} trailing", "{} {}", "{\"a\":1}]", "[1] 2"})
  void trailingContent_isRefused(String text) {
    assertThatThrownBy(() -> Json.parse(utf8(text)))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessageNotContaining("\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nul", "{'value':{}}", "{\"a\":1,}", "{\"a\"}", "[1,2", "{\"a\":\"unterminated", "NaN"})
  void malformedJson_isRefusedWithJacksonsReason(String text) {
    assertThatThrownBy(() -> Json.parse(utf8(text))).isInstanceOf(Json.MalformedJsonException.class);
  }

  @Test
  void absurdNesting_isRefusedNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThatThrownBy(() -> Json.parse(utf8(deep)))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void pretty_indentsAndReadsBackEqual() throws Exception {
    JsonNode node = Json.parse("{\"name\":\"m\",\"layers\":[\"conv\",\"relu\"],\"n\":1.5}");

    String text = Json.pretty(node);

    assertThat(text).contains("\n  \"name\"").endsWith("}\n");
    assertThat(Json.parse(text)).isEqualTo(node);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.digitwhisk.action.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.action.failure.BadRequestException;
import dev.digitwhisk.protocol.ActionRequest;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.ReadMode;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClassifyRequestTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  @Test
  void from_url_givesOneUrlRef() throws Exception {
    ClassifyRequest request = ClassifyRequest.from(json("{\"url\":\" http://h/k.png?sig=1 \"}"));
    assertThat(request.batch()).isFalse();
    assertThat(request.images()).containsExactly(new ImageRef.Url("http://h/k.png?sig=1"));
  }

  @Test
  void from_whatTheClientWrites_isReadAsTheSameLinks() throws Exception {
    // The client builds its parameters with ActionRequest; the action must read them back unchanged.
    assertThat(ClassifyRequest.from(ActionRequest.url("http://h/a.png")).images())
        .containsExactly(new ImageRef.Url("http://h/a.png"));
    ClassifyRequest list = ClassifyRequest.from(ActionRequest.urls(List.of("http://h/a.png", "http://h/b.png")));
    assertThat(list.batch()).isTrue();
    assertThat(list.images()).containsExactly(new ImageRef.Url("http://h/a.png"), new ImageRef.Url("http://h/b.png"));
    assertThatThrownBy(() -> ActionRequest.urls(java.util.Collections.nCopies(Limits.MAX_URLS + 1, "http://h/a.png")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to " + Limits.MAX_URLS);
  }

  @Test
  void from_base64Image_decodesPlainDataUrlAndUrlSafe() throws Exception {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xfb, (byte) 0xff};
    String plain = Base64.getEncoder().encodeToString(bytes);
    String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    for (String text : new String[] {plain, "data:image/png;base64," + plain, urlSafe, plain.substring(0, 4) + "\n" + plain.substring(4)}) {
      ImageRef ref = ClassifyRequest.from(json("{\"image\":" + JSON.writeValueAsString(text) + "}")).images().getFirst();
      assertThat(((ImageRef.Inline) ref).bytes()).as(text).isEqualTo(bytes);
    }
  }

  @Test
  void from_urls_keepsOrderAndIsBatch() throws Exception {
    ClassifyRequest request = ClassifyRequest.from(json("{\"urls\":[\"http://h/1.png\",\"http://h/2.png\"]}"));
    assertThat(request.batch()).isTrue();
    assertThat(request.images()).extracting(ImageRef::describe).containsExactly("http://h/1.png", "http://h/2.png");
  }

  @Test
  void from_tooManyUrls_isRefusedWithTheBound() {
    StringBuilder urls = new StringBuilder("{\"urls\":[");
    for (int i = 0; i <= Limits.MAX_URLS; i++) {
      urls.append(i == 0 ? "" : ",").append("\"http://h/").append(i).append(".png\"");
    }
    assertThatThrownBy(() -> ClassifyRequest.from(json(urls.append("]}").toString())))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("1 to " + Limits.MAX_URLS);
  }

  @Test
  void from_nothingOrSeveral_saysWhatToSend() {
    assertThatThrownBy(() -> ClassifyRequest.from(null)).hasMessageContaining("\"url\"");
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"URL\":\"http://h/x\"}"))).hasMessageContaining("No image given");
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"image\":\"AAAA\"}")))
        .hasMessageContaining("only one");
  }

  @Test
  void from_wrongTypes_namesTheType() {
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"url\":42}"))).hasMessageContaining("a number");
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"image\":[1]}"))).hasMessageContaining("a list");
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"urls\":\"http://h\"}"))).hasMessageContaining("a string");
    assertThatThrownBy(() -> ClassifyRequest.from(json("[\"http://h\"]"))).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"image\":\"%%%%\"}"))).hasMessageContaining("not valid base64");
  }

  @Test
  void from_readAbsentNullOrDigit_readsADigit() throws Exception {
    assertThat(ClassifyRequest.from(json("{\"url\":\"http://h/x\"}")).mode()).isEqualTo(ReadMode.DIGIT);
    assertThat(ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"read\":null}")).mode()).isEqualTo(ReadMode.DIGIT);
    assertThat(ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"read\":\"digit\"}")).mode()).isEqualTo(ReadMode.DIGIT);
    assertThat(ClassifyRequest.from(json("{\"urls\":[\"http://h/x\"],\"read\":\"digit\"}")).batch()).isTrue();
  }

  @Test
  void from_readNumber_withUrlOrImage() throws Exception {
    ClassifyRequest byUrl = ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"read\":\"number\"}"));
    ClassifyRequest inline = ClassifyRequest.from(json("{\"image\":\"iVBORw0K\",\"read\":\"number\"}"));

    assertThat(byUrl.mode()).isEqualTo(ReadMode.NUMBER);
    assertThat(byUrl.batch()).isFalse();
    assertThat(inline.mode()).isEqualTo(ReadMode.NUMBER);
  }

  @Test
  void from_readNumberWithUrls_isRefusedSayingWhy() {
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"urls\":[\"http://h/x\"],\"read\":\"number\"}")))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("one picture").hasMessageContaining("\"urls\"");
  }

  @Test
  void from_readOtherValue_isRefusedNamingTheTwoValues() {
    for (String read : new String[] {"\"Number\"", "\"numbers\"", "\"\"", "\"text\""}) {
      assertThatThrownBy(() -> ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"read\":" + read + "}")))
          .isInstanceOf(BadRequestException.class).hasMessageContaining("\"digit\"").hasMessageContaining("\"number\"")
          .hasMessageContaining(read);
    }
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"read\":1}")))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("a number");
    assertThatThrownBy(() -> ClassifyRequest.from(json("{\"url\":\"http://h/x\",\"read\":\"" + "n".repeat(5000) + "\"}")))
        .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }
}

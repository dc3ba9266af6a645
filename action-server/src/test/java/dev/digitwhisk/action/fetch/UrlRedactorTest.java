package dev.digitwhisk.action.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlRedactorTest {
  private static final String PRESIGNED = "http://minio.local:9000/mnist/6f1c.png?X-Amz-Algorithm=AWS4-HMAC-SHA256"
      + "&X-Amz-Credential=AKIAEXAMPLE%2F20261125%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=deadbeef";

  @Test
  void redact_presignedUrl_keepsSchemeHostPortPathOnly() {
    assertThat(UrlRedactor.redact(PRESIGNED)).isEqualTo("http://minio.local:9000/mnist/6f1c.png");
  }

  @Test
  void redact_userInfo_isDropped() {
    assertThat(UrlRedactor.redact(URI.create("https://user:secret@store.example/b/k.png")))
        .isEqualTo("https://store.example/b/k.png");
  }

  @Test
  void redact_unparsableUrl_stillLosesQueryAndUserInfo() {
    String shown = UrlRedactor.redact("http://user:pw@host/a b.png?sig=secret#frag");
    assertThat(shown).doesNotContain("secret").doesNotContain("pw").doesNotContain("sig=");
  }

  @Test
  void redact_controlCharactersAndLength_areTamed() {
    String shown = UrlRedactor.redact("http://h/" + "x".repeat(500) + "\nINJECTED");
    assertThat(shown).doesNotContain("\n").hasSizeLessThanOrEqualTo(201);
  }

  @Test
  void scrub_freeText_removesEveryQueryString() {
    String text = "failed: " + PRESIGNED + " and https://a:b@other/x?token=abc";
    assertThat(UrlRedactor.scrub(text))
        .doesNotContain("X-Amz-Signature").doesNotContain("token=abc").doesNotContain("a:b@")
        .contains("http://minio.local:9000/mnist/6f1c.png").contains("https://other/x");
  }
}

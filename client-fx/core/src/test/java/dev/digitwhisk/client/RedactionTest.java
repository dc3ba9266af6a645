package dev.digitwhisk.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The presigned URL for http://127.0.0.1:36045/digitwhisk/0b31e85f-162d-46f0-b823-b9de163434c5.png has expired; make a new one."
          + " | The presigned URL for http://127.0.0.1:36045/digitwhisk/0b31e85f….png has expired; make a new one.",
      "Nothing answers at https://s3.example.org/b/0b31e85f-162d-46f0-b823-b9de163434c5.png?X-Amz-Signature=abc."
          + " | Nothing answers at https://s3.example.org/b/0b31e85f….png?….",
      "At http://store:9000/short/name.png, twice: http://store:9000 (no path)."
          + " | At http://store:9000/short/name.png, twice: http://store:9000 (no path).",
      "No URL here. | No URL here.",
  })
  void shortUrls_redactsAndShortensEveryUrlInAText(String text, String expected) {
    assertThat(Redaction.shortUrls(text)).isEqualTo(expected);
  }
}

package dev.digitwhisk.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.workflow.ClassificationFailure;
import dev.digitwhisk.protocol.ErrorKind;
import org.junit.jupiter.api.Test;

/** The result's headline says what the store did when the action could not fetch the image. */
class ClassificationAdapterTitleTest {

  private static String titleFor(FailureKind kind, int code) {
    return ClassificationAdapter.title(new ClassificationFailure(kind, "message", "advice", code));
  }

  @Test
  void imageNotFetched_isTitledByWhatTheStoreDid() {
    assertThat(titleFor(FailureKind.IMAGE_NOT_FETCHED, ErrorKind.FORBIDDEN.code())).isEqualTo("The image link was refused");
    assertThat(titleFor(FailureKind.IMAGE_NOT_FETCHED, ErrorKind.NOT_FOUND.code())).isEqualTo("The image is not in the store");
    assertThat(titleFor(FailureKind.IMAGE_NOT_FETCHED, ErrorKind.TIMEOUT.code())).isEqualTo("Fetching the image took too long");
    assertThat(titleFor(FailureKind.IMAGE_NOT_FETCHED, ErrorKind.UPSTREAM.code())).isEqualTo("The action could not fetch the image");
  }

  @Test
  void theActionsOwnFailure_isNotBlamedOnTheStore() {
    assertThat(titleFor(FailureKind.ACTION_ERROR, ErrorKind.INTERNAL.code())).isEqualTo("The classifier failed");
    // A developer error carries no action code; a 403 from OpenWhisk itself is about the credentials.
    assertThat(titleFor(FailureKind.ACTION_ERROR, 0)).isEqualTo("The classifier failed");
    assertThat(titleFor(FailureKind.ACTION_AUTH, 403)).isEqualTo("OpenWhisk refused the credentials");
  }
}

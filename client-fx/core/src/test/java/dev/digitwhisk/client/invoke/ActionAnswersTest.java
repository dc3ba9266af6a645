package dev.digitwhisk.client.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.protocol.ErrorKind;
import dev.digitwhisk.protocol.Limits;
import org.junit.jupiter.api.Test;

class ActionAnswersTest {
  private static ActionResult read(String json) throws Exception {
    return ActionAnswers.read(ActionAnswers.parse(json, 200, "test"), 200, ActivationInfo.unknown());
  }

  @Test
  void read_seedsMinimalAnswer_keepsDigitAndLeavesTheRestEmpty() throws Exception {
    ActionResult r = read("{\"code\":200,\"res\":6}");
    assertThat(r.digit()).isEqualTo(6);
    assertThat(r.hasProbabilities()).isFalse();
    assertThat(Float.isNaN(r.confidence())).isTrue();
    assertThat(r.inputPng()).isEmpty();
    assertThat(r.modelName()).isEmpty();
  }

  @Test
  void read_fullAnswer_decodesEverything() throws Exception {
    ActionResult r = read("""
        {"code":200,"res":3,"confidence":0.9,"probabilities":[0,0,0,0.9,0,0,0,0,0.1,0],
         "model":{"name":"mnist-cnn","sha256":"ab"},
         "timings_ms":{"fetch":1.5,"total":4.0},"input_png":"iVBORw0KGgo="}
        """);
    assertThat(r.digit()).isEqualTo(3);
    assertThat(r.confidence()).isEqualTo(0.9f);
    assertThat(r.probabilities()).hasSize(10);
    assertThat(r.inputPng()).startsWith(0x89, 'P', 'N', 'G');
    assertThat(r.timingsMs()).containsEntry("fetch", 1.5);
    assertThat(r.modelName()).isEqualTo("mnist-cnn");
    assertThat(r.modelSha256()).isEqualTo("ab");
  }

  @Test
  void read_seedsFailure_isActionFailure() {
    assertThatThrownBy(() -> read("{\"code\":500,\"res\":-1}")).isInstanceOfSatisfying(ActionFailedException.class, e -> {
      assertThat(e.code()).isEqualTo(500);
      assertThat(e.kind()).isEqualTo(FailureKind.ACTION_ERROR);
      assertThat(e.getMessage()).contains("without saying why");
    });
  }

  @Test
  void read_webFailure_isTheActionsFailureWithItsKindAndAdvice() {
    assertThatThrownBy(() -> read("""
        {"statusCode":413,"headers":{"Content-Type":"application/json"},
         "body":{"code":413,"res":-1,"error":"The image is too large."}}
        """)).isInstanceOfSatisfying(ActionFailedException.class, e -> {
          assertThat(e.errorKind()).contains(ErrorKind.TOO_LARGE);
          assertThat(e.kind()).isEqualTo(FailureKind.IMAGE_REJECTED);
          assertThat(e.actionError()).isEqualTo("The image is too large.");
          assertThat(e.whatToDo()).contains(Limits.imageLimits());
        });
  }

  @Test
  void read_fetchFailure_getsTheStoreAdvice() {
    assertThatThrownBy(() -> read("{\"code\":403,\"res\":-1,\"error\":\"The presigned URL has expired.\"}"))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.IMAGE_NOT_FETCHED);
          assertThat(e.kind().isConnectionProblem()).isTrue();
          assertThat(e.whatToDo()).contains("clocks of the client and the store");
        });
  }

  @Test
  void read_nestedDeveloperError_isUnwrapped() {
    assertThatThrownBy(() -> read("{\"error\":{\"error\":\"The action did not initialize.\"}}"))
        .isInstanceOfSatisfying(ActionFailedException.class, e -> assertThat(e.actionError()).isEqualTo("The action did not initialize."));
  }

  @Test
  void parse_html_isNotTheAction() {
    assertThatThrownBy(() -> ActionAnswers.parse("<html>nginx</html>", 200, "The web action"))
        .isInstanceOfSatisfying(InvokeException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.ACTION_ERROR);
          assertThat(e.whatToDo()).contains("not at another web server");
        });
  }

  @Test
  void read_digitOutOfRange_isRefused() {
    assertThatThrownBy(() -> read("{\"code\":200,\"res\":12}")).isInstanceOf(InvokeException.class).hasMessageContaining("no digit");
  }

  @Test
  void read_numberAnswer_givesTheNumberWithEachDigitsBoxAndProbabilities() throws Exception {
    ActionResult r = read("""
        {"code":200,"res":0,"confidence":0.42,"text":"07",
         "digits":[{"digit":0,"confidence":0.6,"unsure":true,"box":{"x":3,"y":4,"width":20,"height":30},
                    "probabilities":[0.6,0,0,0,0,0,0.4,0,0,0],"input_png":"iVBORw0KGgo="},
                   {"digit":7,"confidence":0.7,"unsure":false,"box":{"x":30,"y":2,"width":18,"height":31}}]}
        """);

    assertThat(r.digit()).isZero();
    assertThat(r.confidence()).isEqualTo(0.42f);
    assertThat(r.number()).hasValueSatisfying(n -> {
      assertThat(n.text()).isEqualTo("07");
      assertThat(n.unsure()).isTrue();
      assertThat(n.digits().get(0).box().width()).isEqualTo(20);
      assertThat(n.digits().get(0).probabilities()[6]).isEqualTo(0.4f);
      assertThat(n.digits().get(0).inputPng()).startsWith(0x89, 'P', 'N', 'G');
      assertThat(n.digits().get(1).unsure()).isFalse();
    });
  }

  @Test
  void read_digitAnswer_hasNoNumber() throws Exception {
    assertThat(read("{\"code\":200,\"res\":6}").number()).isEmpty();
  }

  @Test
  void read_numberWhoseTextDisagreesWithItsDigits_isRefused() {
    assertThatThrownBy(() -> read("""
        {"code":200,"res":1,"confidence":0.9,"text":"17",
         "digits":[{"digit":1,"confidence":0.9,"box":{"x":0,"y":0,"width":5,"height":9}},
                   {"digit":4,"confidence":0.9,"box":{"x":6,"y":0,"width":5,"height":9}}]}
        """)).isInstanceOf(InvokeException.class).hasMessageContaining("number");
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows of apache/openwhisk's {@code tests/.../core/entity/test/ActivationResponseTests.scala}: what the
 * invoker keeps of a container's answer. The last run row is not upstream but follows from
 * {@code ActivationResult.error()}: the action's top-level code and res are dropped.
 */
class ContainerAnswerTest {
  @ParameterizedTest(name = "/run {0} {1} → {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "200 | {\"foobar\":\"baz\"}                       | SUCCESS     | {\"foobar\":\"baz\"}",
      "200 | {\"error\":\"foobar\"}                     | APPLICATION | {\"error\":\"foobar\"}",
      "200 | {\"error\":{\"code\":422},\"code\":422,\"res\":-1} | APPLICATION | {\"error\":{\"code\":422}}",
      "200 | [1,2]                                      | SUCCESS     | [1,2]",
      "200 | \"string\"                                 | DEVELOPER   | {\"error\":\"The action did not produce a valid JSON or JSON Array response: \\\"string\\\"\"}",
      "502 | {\"error\":\"foobar\",\"extra\":1}         | DEVELOPER   | {\"error\":\"foobar\"}",
      "502 | {\"foobar\":\"baz\"}                       | DEVELOPER   | {\"error\":\"The action did not produce a valid JSON or JSON Array response: {\\\"foobar\\\":\\\"baz\\\"}\"}",
      "502 | [1]                                        | DEVELOPER   | {\"error\":\"The action did not produce a valid JSON or JSON Array response: [1]\"}",
      "502 | ''                                         | DEVELOPER   | {\"error\":\"The action did not produce a valid JSON or JSON Array response.\"}",
  })
  void run(int status, String body, ActivationRunner.Outcome outcome, String result) {
    ContainerAnswer answer = ContainerAnswer.ofRun(status, body);

    assertThat(answer.outcome()).isEqualTo(outcome);
    assertThat(answer.result()).isEqualTo(StandInJson.MAPPER.readTree(result));
  }

  @ParameterizedTest(name = "failed /init {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"error\":\"foobar\",\"extra\":1} | {\"error\":\"foobar\"}",
      "{\"foobar\":\"baz\"}               | {\"error\":\"The action failed during initialization: {\\\"foobar\\\":\\\"baz\\\"}\"}",
      "''                                 | {\"error\":\"The action failed during initialization.\"}",
  })
  void failedInit(String body, String result) {
    ContainerAnswer answer = ContainerAnswer.ofFailedInit(body);

    assertThat(answer.outcome()).isEqualTo(ActivationRunner.Outcome.DEVELOPER);
    assertThat(answer.result()).isEqualTo(StandInJson.MAPPER.readTree(result));
  }
}

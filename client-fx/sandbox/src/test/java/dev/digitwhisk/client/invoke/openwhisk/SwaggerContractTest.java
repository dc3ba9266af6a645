package dev.digitwhisk.client.invoke.openwhisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check finds real breaches, so the zero counted by {@link SwaggerCheck} means something. */
class SwaggerContractTest {
  private static final SwaggerContract CONTRACT = new SwaggerContract();
  private static final String ACTION = "/api/v1/namespaces/_/actions/mnist";
  private static final String ACTION_JSON = """
      {"namespace":"guest","name":"mnist","version":"0.0.1","publish":false,
       "exec":{"kind":"blackbox","image":"me/img:1","binary":false},
       "annotations":[{"key":"web-export","value":true},{"key":"exec","value":"blackbox"}],
       "parameters":[],"limits":{"timeout":60000,"memory":256,"logs":10,"concurrency":1}}""";

  private static StandInExchange exchange(String method, String path, String query, String request, int status, String answer) {
    return new StandInExchange(method, path, query, Map.of("content-type", List.of("application/json")),
        request.getBytes(StandardCharsets.UTF_8), status, Map.of("content-type", List.of("application/json")),
        answer.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theControllersOwnShapes_pass() {
    StandInExchange put = exchange("PUT", ACTION, "overwrite=true",
        "{\"exec\":{\"kind\":\"blackbox\",\"image\":\"me/img:1\"},\"annotations\":[{\"key\":\"web-export\",\"value\":true}]}",
        200, ACTION_JSON);
    StandInExchange accepted = exchange("POST", ACTION, null, "{}", 202, "{\"activationId\":\"0123456789abcdef0123456789abcdef\"}");

    assertThat(CONTRACT.checkRequest(put)).isEmpty();
    assertThat(CONTRACT.checkAnswer(put)).isEmpty();
    assertThat(CONTRACT.checkAnswer(accepted)).isEmpty();
  }

  @Test
  void anActionAnswerWithoutExec_isABreach() {
    StandInExchange put = exchange("PUT", ACTION, null, "{\"exec\":{\"kind\":\"blackbox\",\"image\":\"me/img:1\"}}", 200,
        ACTION_JSON.replace("\"exec\":{\"kind\":\"blackbox\",\"image\":\"me/img:1\",\"binary\":false},", ""));

    assertThat(CONTRACT.checkAnswer(put)).anySatisfy(e -> assertThat(e).contains("exec"));
  }

  @Test
  void anAcceptedInvokeWithoutTheId_isABreach() {
    StandInExchange accepted = exchange("POST", ACTION, null, "{}", 202, "{\"id\":\"0123\"}");

    assertThat(CONTRACT.checkAnswer(accepted)).isNotEmpty();
  }

  @Test
  void anActivationResultWithAStatusCode_isABreach() {
    String record = """
        {"namespace":"guest","name":"mnist","version":"0.0.1","publish":false,"subject":"guest",
         "activationId":"0123456789abcdef0123456789abcdef","start":1,"end":2,"duration":1,
         "response":{"status":"success","statusCode":0,"success":true,"result":{"digit":7}},"logs":[],"annotations":[]}""";
    StandInExchange get = exchange("GET", "/api/v1/namespaces/_/activations/0123456789abcdef0123456789abcdef", null, "", 200,
        record);

    assertThat(CONTRACT.checkAnswer(get)).anySatisfy(e -> assertThat(e).contains("statusCode"));
    assertThat(CONTRACT.checkAnswer(exchange("GET", get.rawPath(), null, "", 200, record.replace("\"statusCode\":0,", ""))))
        .isEmpty();
  }

  @Test
  void aMalformedOverwriteFlag_isABreachOfTheRequest() {
    StandInExchange put = exchange("PUT", ACTION, "overwrite=yes", "{\"exec\":{\"kind\":\"blackbox\",\"image\":\"me/img:1\"}}",
        200, ACTION_JSON);

    assertThat(CONTRACT.checkRequest(put)).isNotEmpty();
  }
}

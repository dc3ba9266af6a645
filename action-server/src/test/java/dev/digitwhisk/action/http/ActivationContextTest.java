package dev.digitwhisk.action.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ActivationContextTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void of_runBody_exposesEveryNonValueKeyAsOwVariable() {
    ActivationContext context = ActivationContext.of(JSON.readTree("""
        {"value":{"url":"x"},"namespace":"guest","action_name":"/guest/mnist","action_version":"0.0.1",
         "activation_id":"a1","transaction_id":"t1","deadline":"1700000000000","api_key":"uuid:key"}"""),
        Map.of("__OW_API_HOST", "https://ow.example", "HOME", "/root"));
    assertThat(context.variables()).containsEntry("__OW_NAMESPACE", "guest")
        .containsEntry("__OW_ACTION_NAME", "/guest/mnist").containsEntry("__OW_ACTION_VERSION", "0.0.1")
        .containsEntry("__OW_ACTIVATION_ID", "a1").containsEntry("__OW_TRANSACTION_ID", "t1")
        .containsEntry("__OW_DEADLINE", "1700000000000").containsEntry("__OW_API_KEY", "uuid:key")
        .containsEntry("__OW_API_HOST", "https://ow.example").doesNotContainKey("__OW_VALUE").doesNotContainKey("HOME");
    assertThat(context.deadlineMillis()).contains(1700000000000L);
  }

  @Test
  void deadline_asNumberOrString_bothWork() {
    ActivationContext number = ActivationContext.of(JSON.readTree("{\"deadline\":1700000000000}"), Map.of());
    ActivationContext text = ActivationContext.of(JSON.readTree("{\"deadline\":\"1700000000000\"}"), Map.of());
    assertThat(number.deadlineMillis()).contains(1700000000000L);
    assertThat(text.deadlineMillis()).contains(1700000000000L);
    assertThat(number.remaining(1700000000000L - 5000)).contains(Duration.ofSeconds(5));
  }

  @Test
  void deadline_unreadable_meansNoDeadline() {
    assertThat(ActivationContext.of(JSON.readTree("{\"deadline\":\"soon\"}"), Map.of()).deadlineMillis()).isEmpty();
    assertThat(ActivationContext.of(JSON.readTree("{\"deadline\":null}"), Map.of()).deadlineMillis()).isEmpty();
  }

  @Test
  void runBody_overridesEnvironment_andEnvironmentFillsGaps() {
    ActivationContext context = ActivationContext.of(JSON.readTree("{\"activation_id\":\"run\"}"),
        Map.of("__OW_ACTIVATION_ID", "env", "__OW_NAMESPACE", "from-init"));
    assertThat(context.activationId()).isEqualTo("run");
    assertThat(context.namespace()).isEqualTo("from-init");
  }

  @Test
  void toString_neverShowsTheApiKey() {
    ActivationContext context = ActivationContext.of(JSON.readTree("{\"api_key\":\"uuid:SECRET\"}"), Map.of());
    assertThat(context.toString()).doesNotContain("SECRET").contains("__OW_API_KEY");
  }

  @Test
  void initState_secondInitIsRefused_andEnvIsApplied() throws Exception {
    InitState state = new InitState(Map.of("A", "process"));
    state.initialize(JSON.readTree("{\"value\":{\"code\":\"ignored\",\"env\":{\"A\":\"init\",\"N\":3,\"B\":true,\"O\":{\"x\":1},\"Z\":null}}}"));
    assertThat(state.environment()).containsEntry("A", "init").containsEntry("N", "3").containsEntry("B", "true")
        .containsEntry("O", "{\"x\":1}").containsEntry("Z", "");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> state.initialize(null))
        .hasMessage("Cannot initialize the action more than once.");
  }
}

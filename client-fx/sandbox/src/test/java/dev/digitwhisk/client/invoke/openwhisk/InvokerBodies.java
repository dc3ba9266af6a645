package dev.digitwhisk.client.invoke.openwhisk;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bodies the invoker posts to an action container (core/invoker/.../containerpool/ContainerProxy.scala
 * {@code initializeAndRun}; common/scala/.../containerpool/Container.scala {@code initialize}, {@code run}).
 * <ul>
 *   <li>{@code /init}: {@code {"value": containerInitializer}} (entity/WhiskAction.scala): {@code name},
 *       {@code binary}, {@code main}, {@code code} only when the action has some (a blackbox image has none),
 *       and {@code env}: the activation's context as {@code __OW_<KEY>} strings.</li>
 *   <li>{@code /run}: {@code value} (the parameters) beside the context keys themselves.</li>
 * </ul>
 * The context is {@code namespace} (the invoking identity's), {@code action_name} (with a leading slash),
 * {@code action_version}, {@code activation_id}, {@code transaction_id}, {@code deadline} (epoch ms, a
 * string), and {@code api_key} ({@code uuid:key}) unless the action's {@code provide-api-key} annotation is
 * falsy; a missing annotation provides it (ContainerProxy: {@code isTruthy(…, valueForNonExistent = true)}).
 * {@code __OW_API_HOST} is in neither: the invoker sets it in the container's environment when it starts it.
 */
final class InvokerBodies {
  private InvokerBodies() {}

  /** One activation's context, the keys ContainerProxy puts beside {@code value}. */
  record Context(String namespace, String actionName, String actionVersion, String activationId,
      String transactionId, long deadlineMillis, String apiKey) {

    /** The context of {@code action} invoked by {@code namespace}'s {@code uuid:key}. */
    static Context of(StandInAction action, String apiKey, String activationId, long deadlineMillis) {
      return new Context(action.namespace, "/" + action.namespace + "/" + action.name, "0.0." + action.patch,
          activationId, StandInJson.id(), deadlineMillis, providesApiKey(action.annotations) ? apiKey : null);
    }

    /** The same activation with the deadline the invoker computes anew before {@code /init} and before {@code /run}. */
    Context withDeadline(long millis) {
      return new Context(namespace, actionName, actionVersion, activationId, transactionId, millis, apiKey);
    }

    private ObjectNode fields() {
      ObjectNode fields = StandInJson.MAPPER.createObjectNode();
      if (apiKey != null) {
        fields.put("api_key", apiKey);
      }
      fields.put("namespace", namespace).put("action_name", actionName).put("action_version", actionVersion)
          .put("activation_id", activationId).put("transaction_id", transactionId)
          .put("deadline", Long.toString(deadlineMillis));
      return fields;
    }
  }

  static ObjectNode init(String actionName, Context context) {
    ObjectNode body = StandInJson.MAPPER.createObjectNode();
    ObjectNode value = body.putObject("value").put("name", actionName).put("binary", false).put("main", "main");
    ObjectNode env = value.putObject("env");
    for (Map.Entry<String, JsonNode> field : context.fields().properties()) {
      env.put("__OW_" + field.getKey().toUpperCase(Locale.ROOT), field.getValue().asString());
    }
    return body;
  }

  static ObjectNode run(JsonNode params, Context context) {
    ObjectNode body = StandInJson.MAPPER.createObjectNode();
    body.set("value", params);
    body.setAll(context.fields());
    return body;
  }

  /** entity/Parameter.scala {@code isTruthy}: true, a non-zero number, a non-empty string, any object or array. */
  static boolean providesApiKey(JsonNode annotations) {
    for (JsonNode a : annotations) {
      if ("provide-api-key".equals(a.path("key").asString(""))) {
        JsonNode v = a.path("value");
        if (v.isBoolean()) {
          return v.booleanValue();
        } else if (v.isNumber()) {
          return v.doubleValue() != 0;
        } else if (v.isString()) {
          return !v.stringValue().isEmpty();
        }
        return !v.isNull() && !v.isMissingNode();
      }
    }
    return true;
  }
}

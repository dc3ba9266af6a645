package dev.digitwhisk.client.invoke.openwhisk;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An action entity as the controller stores it: blackbox exec, annotations, limits, version. */
final class StandInAction {
  final String namespace;
  final String name;
  volatile ObjectNode exec;
  volatile ArrayNode annotations;
  volatile ObjectNode limits;
  // A new action is version 0.0.1 (entity/SemVer.scala); each update bumps the patch.
  volatile int patch = 1;

  StandInAction(String namespace, String name, ObjectNode exec, ArrayNode annotations, ObjectNode limits) {
    this.namespace = namespace;
    this.name = name;
    this.exec = exec;
    this.annotations = annotations;
    this.limits = limits;
  }

  boolean webExported() {
    for (JsonNode a : annotations) {
      if ("web-export".equals(a.path("key").asString("")) && a.path("value").asBoolean(false)) {
        return true;
      }
    }
    return false;
  }

  long timeoutMillis() {
    return limits.path("timeout").asLong(60_000);
  }

  ObjectNode toJson() {
    ObjectNode json = StandInJson.MAPPER.createObjectNode();
    json.put("namespace", namespace);
    json.put("name", name);
    json.put("version", "0.0." + patch);
    json.set("exec", exec.deepCopy());
    json.set("annotations", annotations.deepCopy());
    json.set("limits", limits.deepCopy());
    json.putArray("parameters");
    json.put("publish", false);
    json.put("updated", System.currentTimeMillis());
    return json;
  }
}

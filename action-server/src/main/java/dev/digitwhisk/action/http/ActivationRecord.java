package dev.digitwhisk.action.http;

import dev.digitwhisk.action.classify.Outcome;
import dev.digitwhisk.action.fetch.UrlRedactor;
import java.util.List;

/**
 * What the one log line of an activation says: its id and action, the answer code, the digit and the
 * stage timings, and the image's redacted source. Never the presigned query string, never the API key.
 */
final class ActivationRecord {
  ActivationContext context = ActivationContext.empty();
  tools.jackson.databind.JsonNode body;
  int code = 500;
  String error;
  List<Outcome> outcomes = List.of();
  double totalMillis;

  String summary() {
    StringBuilder line = new StringBuilder(160)
        .append("activation=").append(context.activationId());
    String namespace = context.namespace();
    if (!namespace.isEmpty()) {
      line.append(" namespace=").append(namespace);
    }
    String action = context.actionName();
    if (!action.isEmpty()) {
      line.append(" action=").append(action);
    }
    line.append(" code=").append(code);
    if (outcomes.size() == 1) {
      Outcome o = outcomes.getFirst();
      line.append(" res=").append(o.res());
      if (o.number() != null) {
        line.append(" text=").append(o.number().text());
      }
      line          .append(" fetch_ms=").append(o.timings().fetch())
          .append(" decode_ms=").append(o.timings().decode())
          .append(" preprocess_ms=").append(o.timings().preprocess())
          .append(" infer_ms=").append(o.timings().infer());
    } else if (!outcomes.isEmpty()) {
      long ok = outcomes.stream().filter(Outcome::ok).count();
      line.append(" images=").append(outcomes.size()).append(" ok=").append(ok);
    }
    line.append(" total_ms=").append(totalMillis);
    if (outcomes.size() == 1) {
      line.append(" source=").append(outcomes.getFirst().source());
    }
    return UrlRedactor.scrub(line.toString());
  }

  String errorDetail() {
    StringBuilder detail = new StringBuilder();
    if (error != null) {
      detail.append("activation=").append(context.activationId()).append(" error ").append(code).append(": ").append(error);
    }
    for (Outcome o : outcomes) {
      if (!o.ok()) {
        if (!detail.isEmpty()) {
          detail.append('\n');
        }
        detail.append("activation=").append(context.activationId()).append(" error ").append(o.code())
            .append(" for ").append(o.source()).append(": ").append(o.error());
      }
    }
    return UrlRedactor.scrub(detail.toString());
  }
}

package dev.digitwhisk.client.invoke;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What the transport brought back from one activation: the action's answer as JSON (one image's
 * answer or a {@code urls} list's), the HTTP status it came with and what is known about the
 * activation. Reading the answer is left to {@link ActionAnswers}, the same for every way of invoking.
 */
public record ActionReply(JsonNode answer, int httpStatus, ActivationInfo activation) {
  public ActionReply {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(activation, "activation");
  }
}

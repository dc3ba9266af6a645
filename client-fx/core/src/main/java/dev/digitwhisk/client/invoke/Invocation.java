package dev.digitwhisk.client.invoke;

import java.util.Objects;

/** A successful invocation: the action's answer and what is known about the activation. */
public record Invocation(ActionResult result, ActivationInfo activation) {
  public Invocation {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(activation, "activation");
  }
}

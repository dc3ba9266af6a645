package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.invoke.ActionResult;
import dev.digitwhisk.client.invoke.ActivationInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one image: exactly one of {@code result} and {@code failure} is present.
 *
 * @param sourceName the image's name
 * @param result the action's answer, when it gave one
 * @param failure why there is no answer
 * @param timings per stage
 * @param activation what is known about the activation (cold/warm, init/wait/duration)
 * @param objectName the name the image had in the bucket ("" when the upload did not happen)
 * @param deleted true when the uploaded image was deleted again (or never uploaded)
 * @param deleteProblem why deleting failed after all retries; empty when {@code deleted}
 */
public record Classification(
    String sourceName,
    Optional<ActionResult> result,
    Optional<ClassificationFailure> failure,
    StageTimings timings,
    ActivationInfo activation,
    String objectName,
    boolean deleted,
    Optional<String> deleteProblem) {

  public Classification {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(objectName, "objectName");
    Objects.requireNonNull(deleteProblem, "deleteProblem");
    if (result.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("a classification has either a result or a failure");
    }
  }

  public boolean ok() {
    return result.isPresent();
  }

  /** The digit, or -1 when there is none. */
  public int digit() {
    return result.map(ActionResult::digit).orElse(-1);
  }
}

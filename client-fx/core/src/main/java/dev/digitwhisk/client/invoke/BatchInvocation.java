package dev.digitwhisk.client.invoke;

import dev.digitwhisk.protocol.Answer;
import java.util.List;
import java.util.Objects;

/**
 * One activation's answers to a {@code urls} list, one per link in the order sent. Each image
 * succeeded or failed on its own: {@link #invocation(int)} gives its result or throws its failure,
 * exactly as a single {@link ActionInvoker#invoke} would have.
 */
public final class BatchInvocation {
  private final List<Answer> answers;
  private final int httpStatus;
  private final ActivationInfo activation;

  BatchInvocation(List<Answer> answers, int httpStatus, ActivationInfo activation) {
    this.answers = List.copyOf(answers);
    this.httpStatus = httpStatus;
    this.activation = Objects.requireNonNull(activation, "activation");
  }

  public int size() {
    return answers.size();
  }

  /** The one activation that classified every link. */
  public ActivationInfo activation() {
    return activation;
  }

  /** The {@code i}th link's result. */
  public Invocation invocation(int i) throws ActionFailedException {
    Answer answer = answers.get(i);
    if (answer.failed()) {
      throw new ActionFailedException(answer, httpStatus, activation);
    }
    return new Invocation(new ActionResult(answer), activation);
  }
}

package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.ClientException;
import dev.digitwhisk.client.FailureKind;
import java.util.Objects;

/**
 * An invocation that did not produce an answer: unreachable, refused, not found, throttled, timed
 * out, or an answer that is not the action's. {@link #httpStatus()} is 0 when no HTTP answer came.
 */
public class InvokeException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final transient ActivationInfo activation;

  public InvokeException(FailureKind kind, int httpStatus, String message, String whatToDo, Throwable cause) {
    this(kind, httpStatus, message, whatToDo, ActivationInfo.unknown(), cause);
  }

  public InvokeException(FailureKind kind, int httpStatus, String message, String whatToDo,
      ActivationInfo activation, Throwable cause) {
    super(kind, message, whatToDo, cause);
    this.httpStatus = httpStatus;
    this.activation = Objects.requireNonNull(activation, "activation");
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The activation, when one was created (e.g. a 202 that then timed out). */
  public ActivationInfo activation() {
    return activation == null ? ActivationInfo.unknown() : activation;
  }
}

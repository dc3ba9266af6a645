package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.config.ClientSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * @param presignExpiry how long the presigned URL is valid
 * @param invokeTimeout the most one invocation may take
 * @param deleteAttempts how often a failed delete is tried in all (at least 1)
 * @param deleteBackoff the wait before the second attempt; doubles after each
 */
public record WorkflowOptions(Duration presignExpiry, Duration invokeTimeout, int deleteAttempts, Duration deleteBackoff) {
  public WorkflowOptions {
    Objects.requireNonNull(presignExpiry, "presignExpiry");
    Objects.requireNonNull(invokeTimeout, "invokeTimeout");
    Objects.requireNonNull(deleteBackoff, "deleteBackoff");
    if (deleteAttempts < 1) {
      throw new IllegalArgumentException("at least one delete attempt, not " + deleteAttempts);
    }
  }

  /** The settings' default expiry and time-out; four delete attempts from 200 ms. */
  public static WorkflowOptions defaults() {
    return new WorkflowOptions(ClientSettings.DEFAULT_PRESIGN_EXPIRY, ClientSettings.DEFAULT_INVOKE_TIMEOUT, 4,
        Duration.ofMillis(200));
  }

  public WorkflowOptions withInvokeTimeout(Duration timeout) {
    return new WorkflowOptions(presignExpiry, timeout, deleteAttempts, deleteBackoff);
  }

  public WorkflowOptions withPresignExpiry(Duration expiry) {
    return new WorkflowOptions(expiry, invokeTimeout, deleteAttempts, deleteBackoff);
  }

  public WorkflowOptions withDeleteRetries(int attempts, Duration backoff) {
    return new WorkflowOptions(presignExpiry, invokeTimeout, attempts, backoff);
  }
}

package dev.digitwhisk.client.workflow;

import dev.digitwhisk.client.config.ClientSettings;
import dev.digitwhisk.protocol.Limits;
import java.time.Duration;
import java.util.Objects;

/**
 * @param presignExpiry how long the presigned URL is valid
 * @param invokeTimeout the most one invocation may take
 * @param deleteAttempts how often a failed delete is tried in all (at least 1)
 * @param deleteBackoff the wait before the second attempt; doubles after each
 * @param perActivation the most images a batch sends to one activation, 1 to {@link Limits#MAX_URLS}
 *     (1: one activation per image, with {@code url}; more: groups sent as one {@code urls} list)
 */
public record WorkflowOptions(Duration presignExpiry, Duration invokeTimeout, int deleteAttempts, Duration deleteBackoff,
    int perActivation) {
  public WorkflowOptions {
    Objects.requireNonNull(presignExpiry, "presignExpiry");
    Objects.requireNonNull(invokeTimeout, "invokeTimeout");
    Objects.requireNonNull(deleteBackoff, "deleteBackoff");
    if (deleteAttempts < 1) {
      throw new IllegalArgumentException("at least one delete attempt, not " + deleteAttempts);
    }
    if (perActivation < 1 || perActivation > Limits.MAX_URLS) {
      throw new IllegalArgumentException("images per activation must be 1 to " + Limits.MAX_URLS + ", not " + perActivation);
    }
  }

  /** The settings' default expiry, time-out and images per activation; four delete attempts from 200 ms. */
  public static WorkflowOptions defaults() {
    return new WorkflowOptions(ClientSettings.DEFAULT_PRESIGN_EXPIRY, ClientSettings.DEFAULT_INVOKE_TIMEOUT, 4,
        Duration.ofMillis(200), ClientSettings.DEFAULT_PER_ACTIVATION);
  }

  public WorkflowOptions withInvokeTimeout(Duration timeout) {
    return new WorkflowOptions(presignExpiry, timeout, deleteAttempts, deleteBackoff, perActivation);
  }

  public WorkflowOptions withPresignExpiry(Duration expiry) {
    return new WorkflowOptions(expiry, invokeTimeout, deleteAttempts, deleteBackoff, perActivation);
  }

  public WorkflowOptions withDeleteRetries(int attempts, Duration backoff) {
    return new WorkflowOptions(presignExpiry, invokeTimeout, attempts, backoff, perActivation);
  }

  public WorkflowOptions withPerActivation(int images) {
    return new WorkflowOptions(presignExpiry, invokeTimeout, deleteAttempts, deleteBackoff, images);
  }
}

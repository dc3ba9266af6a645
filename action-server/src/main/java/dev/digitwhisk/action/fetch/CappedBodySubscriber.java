package dev.digitwhisk.action.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory and gives up as soon as it passes {@code cap} bytes, however
 * long the sender says (or does not say) it is: a 50 MB answer costs at most {@code cap} bytes of heap.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {
  /** The body passed the cap; carries the cap for the message. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long cap) {
      super("the response body is larger than " + cap + " bytes");
    }
  }

  private final long cap;
  private final ByteArrayOutputStream bytes;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBodySubscriber(long cap, long expectedLength) {
    this.cap = cap;
    this.bytes = new ByteArrayOutputStream((int) Math.max(0, Math.min(Math.max(expectedLength, 8192), Math.min(cap, 1 << 20))));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if (bytes.size() + (long) buffer.remaining() > cap) {
        subscription.cancel();
        result.completeExceptionally(new TooLargeException(cap));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}

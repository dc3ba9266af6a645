package dev.digitwhisk.action.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first few KiB of an error answer (an S3 error document says "Request has expired" or
 * "NoSuchKey" there) and stops reading after that.
 */
final class ErrorBodySubscriber implements BodySubscriber<byte[]> {
  private final int cap;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  ErrorBodySubscriber(long cap) {
    this.cap = (int) cap;
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
    for (ByteBuffer buffer : buffers) {
      int take = Math.min(buffer.remaining(), cap - bytes.size());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      bytes.write(chunk, 0, take);
    }
    if (bytes.size() >= cap) {
      subscription.cancel();
      result.complete(bytes.toByteArray());
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    // The status line already says what went wrong; a broken error body changes nothing.
    result.complete(bytes.toByteArray());
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}

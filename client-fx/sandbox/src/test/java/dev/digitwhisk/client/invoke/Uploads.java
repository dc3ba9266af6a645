package dev.digitwhisk.client.invoke;

import dev.digitwhisk.client.testing.SandboxFixture;
import dev.digitwhisk.client.upload.StoredObject;
import dev.digitwhisk.protocol.ImageFormat;
import java.net.URI;
import java.time.Duration;

/** Puts test images into the sandbox's store and presigns them, for invoker tests. */
final class Uploads {
  private Uploads() {}

  static URI presigned(SandboxFixture fixture, byte[] png) throws Exception {
    StoredObject o = fixture.store().put(png, ImageFormat.PNG);
    return fixture.store().presign(o, Duration.ofMinutes(2));
  }

  /** A correctly signed URL for an object that does not exist. */
  static URI missing(SandboxFixture fixture) throws Exception {
    StoredObject o = fixture.store().newObject(ImageFormat.PNG, 1);
    return fixture.store().presign(o, Duration.ofMinutes(2));
  }
}

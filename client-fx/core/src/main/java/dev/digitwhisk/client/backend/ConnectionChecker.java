package dev.digitwhisk.client.backend;

import dev.digitwhisk.client.FailureKind;
import dev.digitwhisk.client.Redaction;
import dev.digitwhisk.client.backend.ConnectionCheck.Check;
import dev.digitwhisk.client.backend.ConnectionCheck.Verdict;
import dev.digitwhisk.client.config.InvokeMode;
import dev.digitwhisk.client.config.InvokeSettings;
import dev.digitwhisk.client.upload.StoreException;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationWorkflow;
import dev.digitwhisk.client.workflow.ImageSource;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/** Runs the checks of a {@link ConnectionCheck} against an opened workflow, each independently. */
final class ConnectionChecker {
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

  private final ClassificationWorkflow workflow;
  private final InvokeSettings invoke;
  private final HttpClient http;

  ConnectionChecker(ClassificationWorkflow workflow, InvokeSettings invoke, HttpClient http) {
    this.workflow = workflow;
    this.invoke = invoke;
    this.http = http;
  }

  List<Check> run() throws InterruptedException {
    List<Check> checks = new ArrayList<>();
    boolean storeOk = storeChecks(checks);
    boolean actionOk = actionChecks(checks);
    if (storeOk && actionOk) {
      checks.add(roundTrip());
    } else {
      checks.add(new Check("Action answers", Verdict.SKIPPED, "Not tried: fix the problems above first.", ""));
    }
    return checks;
  }

  private boolean storeChecks(List<Check> checks) throws InterruptedException {
    String where = Redaction.url(workflow.store().settings().endpoint());
    String bucket = workflow.store().bucket();
    boolean exists;
    try {
      exists = workflow.store().bucketExists();
    } catch (StoreException e) {
      if (e.kind() == FailureKind.STORE_AUTH) {
        checks.add(new Check("Object store reachable", Verdict.PASS, where + " answers.", ""));
        checks.add(new Check("Store keys valid", Verdict.FAIL, e.getMessage(), e.whatToDo()));
      } else {
        checks.add(new Check("Object store reachable", Verdict.FAIL, e.getMessage(), e.whatToDo()));
        checks.add(new Check("Store keys valid", Verdict.SKIPPED, "Not tried: the store cannot be reached.", ""));
      }
      checks.add(new Check("Bucket exists or can be made", Verdict.SKIPPED, "Not tried.", ""));
      return false;
    }
    checks.add(new Check("Object store reachable", Verdict.PASS, where + " answers.", ""));
    checks.add(new Check("Store keys valid", Verdict.PASS, "The store accepts the access key and secret key.", ""));
    if (exists) {
      checks.add(new Check("Bucket exists or can be made", Verdict.PASS, "Bucket '" + bucket + "' exists.", ""));
      return true;
    }
    try {
      workflow.store().ensureBucket();
      checks.add(new Check("Bucket exists or can be made", Verdict.PASS, "Bucket '" + bucket + "' was created.", ""));
      return true;
    } catch (StoreException e) {
      checks.add(new Check("Bucket exists or can be made", Verdict.FAIL, e.getMessage(), e.whatToDo()));
      return false;
    }
  }

  private boolean actionChecks(List<Check> checks) throws InterruptedException {
    URI target = invoke.mode() == InvokeMode.REST ? URI.create(invoke.apiHost().orElseThrow() + "/api/v1")
        : invoke.effectiveUrl();
    String name = invoke.mode() == InvokeMode.REST ? "OpenWhisk reachable" : "Action URL reachable";
    HttpResponse<String> answer;
    try {
      answer = get(target, false);
    } catch (IOException e) {
      checks.add(new Check(name, Verdict.FAIL, "Nothing answers at " + Redaction.url(target) + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", "Check the host and port, and that the server runs."));
      if (invoke.mode() == InvokeMode.REST) {
        checks.add(new Check("OpenWhisk auth valid", Verdict.SKIPPED, "Not tried.", ""));
        checks.add(new Check("Action exists", Verdict.SKIPPED, "Not tried.", ""));
      }
      return false;
    }
    checks.add(new Check(name, Verdict.PASS, Redaction.url(target) + " answers (HTTP " + answer.statusCode() + ").", ""));
    if (invoke.mode() != InvokeMode.REST) {
      return true;
    }
    return restChecks(checks);
  }

  private boolean restChecks(List<Check> checks) throws InterruptedException {
    URI host = invoke.apiHost().orElseThrow();
    try {
      HttpResponse<String> ns = get(URI.create(host + "/api/v1/namespaces"), true);
      if (ns.statusCode() == 401 || ns.statusCode() == 403) {
        checks.add(new Check("OpenWhisk auth valid", Verdict.FAIL, "OpenWhisk refused the auth key (HTTP " + ns.statusCode() + ").",
            "Set the auth key uuid:key from 'wsk property get --auth' (or AUTH in ~/.wskprops)."));
        checks.add(new Check("Action exists", Verdict.SKIPPED, "Not tried.", ""));
        return false;
      }
      checks.add(new Check("OpenWhisk auth valid", ns.statusCode() == 200 ? Verdict.PASS : Verdict.WARN,
          "Listing namespaces answered HTTP " + ns.statusCode() + ".", ""));
      String path = "/api/v1/namespaces/" + invoke.namespace() + "/actions/" + invoke.action() + "?code=false";
      HttpResponse<String> action = get(URI.create(host + path), true);
      if (action.statusCode() == 200) {
        checks.add(new Check("Action exists", Verdict.PASS, "Action /" + invoke.namespace() + "/" + invoke.action() + " exists.", ""));
        return true;
      }
      checks.add(new Check("Action exists", Verdict.FAIL, "OpenWhisk has no action /" + invoke.namespace() + "/" + invoke.action()
          + " (HTTP " + action.statusCode() + ").", "Deploy it with 'digitwhisk deploy --image user/img:tag', or fix the name and namespace."));
      return false;
    } catch (IOException e) {
      checks.add(new Check("OpenWhisk auth valid", Verdict.FAIL, "The request failed: " + e.getMessage(), "Check the API host."));
      return false;
    }
  }

  private Check roundTrip() {
    Classification c = workflow.classify(ImageSource.ofBytes("connection-test.png", sampleDigit()));
    String deleted = c.deleted() ? " The test image was deleted again." : " " + c.deleteProblem().orElse("");
    if (c.ok()) {
      return new Check("Action answers", Verdict.PASS, "Upload, invoke and delete worked: the action answered digit " + c.digit()
          + " in " + Math.round(c.timings().total().toNanos() / 1e6) + " ms." + deleted, c.deleted() ? "" : "Delete it by hand.");
    }
    var f = c.failure().orElseThrow();
    if (f.kind() == FailureKind.NO_DIGIT || f.kind() == FailureKind.IMAGE_REJECTED) {
      return new Check("Action answers", Verdict.WARN, "The action answered but refused the test image: " + f.message() + deleted, "");
    }
    return new Check("Action answers", Verdict.FAIL, f.message() + deleted, f.whatToDo());
  }

  private HttpResponse<String> get(URI uri, boolean withAuth) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().header("Accept", "application/json");
    if (withAuth) {
      invoke.auth().ifPresent(a -> b.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8))));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A drawn "1": black ink on white, the way a user's drawing looks. */
  static byte[] sampleDigit() {
    BufferedImage image = new BufferedImage(112, 112, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 112, 112);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawLine(50, 22, 62, 14);
      g.drawLine(62, 14, 62, 96);
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.digitwhisk.client.cli;

import dev.digitwhisk.client.invoke.ActionResult;
import dev.digitwhisk.client.workflow.Classification;
import dev.digitwhisk.client.workflow.ClassificationFailure;
import dev.digitwhisk.client.workflow.StageTimings;
import dev.digitwhisk.protocol.NumberAnswer;
import java.io.PrintWriter;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One line per image: for people, or one JSON object for scripts. */
interface ResultPrinter {
  void print(Classification c);

  static ResultPrinter human(PrintWriter out) {
    return c -> {
      StageTimings t = c.timings();
      String timings = String.format(Locale.ROOT, "upload %.0f ms · invoke %.0f ms · delete %.0f ms",
          StageTimings.millis(t.upload()), StageTimings.millis(t.invoke()), StageTimings.millis(t.delete()));
      if (c.result().isPresent()) {
        ActionResult r = c.result().get();
        String read = r.number().map(NumberText::marked).orElse(Integer.toString(r.digit()));
        String unsure = r.number().filter(NumberAnswer::unsure).isPresent() ? "; [ ] unsure" : "";
        out.printf(Locale.ROOT, "%s → %s (%.1f %%%s)  %s  %s%n", c.sourceName(), read, r.confidence() * 100, unsure,
            timings, c.activation().start().toString().toLowerCase(Locale.ROOT));
      } else {
        ClassificationFailure f = c.failure().orElseThrow();
        out.printf("%s → failed: %s%n    what to do: %s%n", c.sourceName(), f.message(), f.whatToDo());
      }
      c.deleteProblem().ifPresent(p -> out.printf("    WARNING: the upload %s was not deleted: %s%n", c.objectName(), p));
      out.flush();
    };
  }

  static ResultPrinter json(PrintWriter out) {
    JsonMapper mapper = JsonMapper.builder().build();
    return c -> {
      ObjectNode node = mapper.createObjectNode();
      node.put("image", c.sourceName());
      node.put("ok", c.ok());
      c.result().ifPresent(r -> {
        if (r.number().isPresent()) {
          NumberText.json(r.number().get(), node);
        } else {
          node.put("digit", r.digit());
          node.put("confidence", r.confidence());
          NumberText.probabilities(r.probabilities(), node);
        }
        node.put("model", r.modelName());
      });
      c.failure().ifPresent(f -> {
        node.put("error", f.message());
        node.put("kind", f.kind().name());
        node.put("what_to_do", f.whatToDo());
        if (f.code() > 0) {
          node.put("code", f.code());
        }
      });
      ObjectNode timings = node.putObject("timings_ms");
      timings.put("upload", StageTimings.millis(c.timings().upload()));
      timings.put("invoke", StageTimings.millis(c.timings().invoke()));
      timings.put("delete", StageTimings.millis(c.timings().delete()));
      timings.put("total", StageTimings.millis(c.timings().total()));
      node.put("start", c.activation().start().toString().toLowerCase(Locale.ROOT));
      // Images classified together share it: a batch's activations are the distinct ids.
      c.activation().activationId().ifPresent(id -> node.put("activation", id));
      node.put("deleted", c.deleted());
      c.deleteProblem().ifPresent(p -> node.put("delete_problem", p));
      out.println(mapper.writeValueAsString(node));
      out.flush();
    };
  }
}

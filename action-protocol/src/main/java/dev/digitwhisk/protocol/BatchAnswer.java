package dev.digitwhisk.protocol;

import java.util.List;

/**
 * The answer to a list of links: {@code {"code":200,"results":[one answer per link, in order],
 * "timings_ms":{"total":…}}}. The list itself always succeeds; each result says how its image went.
 */
public record BatchAnswer(List<Answer> results, double totalMillis) {
  public BatchAnswer {
    results = List.copyOf(results);
  }

  public int code() {
    return 200;
  }
}

package dev.digitwhisk.protocol;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The activation's parameters, named once for the client that writes them and the action that
 * reads them: exactly one of {@code url}, {@code image} and {@code urls} (1 to
 * {@link Limits#MAX_URLS} links, answered as a {@link BatchAnswer}), and for one picture what to
 * read from it ({@link ReadMode#PARAMETER}).
 */
public final class ActionRequest {
  public static final String URL = "url";
  public static final String IMAGE = "image";
  public static final String URLS = "urls";

  private ActionRequest() {}

  /** {@code {"url": link}}: one image, answered as one {@link Answer}. */
  public static ObjectNode url(String link) {
    return url(link, ReadMode.DIGIT);
  }

  /**
   * {@code {"url": link}}, plus {@code "read": "number"} for a whole number. A digit sends no
   * {@code read}, so the request stays exactly what the original recipe's action understands.
   */
  public static ObjectNode url(String link, ReadMode read) {
    ObjectNode json = Json.object().put(URL, link);
    if (read != ReadMode.DIGIT) {
      json.put(ReadMode.PARAMETER, read.wireName());
    }
    return json;
  }

  /** {@code {"urls": [links]}}: answered as a {@link BatchAnswer}, one answer per link in order. */
  public static ObjectNode urls(List<String> links) {
    if (links.isEmpty() || links.size() > Limits.MAX_URLS) {
      throw new IllegalArgumentException("one activation takes 1 to " + Limits.MAX_URLS + " links, not " + links.size());
    }
    ObjectNode json = Json.object();
    ArrayNode list = json.putArray(URLS);
    links.forEach(list::add);
    return json;
  }
}

package dev.digitwhisk.action.classify;

import dev.digitwhisk.action.failure.BadRequestException;
import dev.digitwhisk.protocol.ActionRequest;
import dev.digitwhisk.protocol.Limits;
import dev.digitwhisk.protocol.ReadMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What one activation asks for, read from its {@code value}: exactly one of {@code url} (an http(s)
 * link, usually presigned), {@code image} (base64, optionally as a {@code data:} URL; it must fit
 * OpenWhisk's parameter limit) or {@code urls} (a list of at most {@link Limits#MAX_URLS} links,
 * answered as a list). {@code read} chooses what is read from the picture: {@code "digit"} (the
 * default) or {@code "number"}, a whole number from one {@code url} or {@code image}. Anything else is
 * a 400 that says what to send instead.
 */
public record ClassifyRequest(List<ImageRef> images, boolean batch, ReadMode mode) {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final String HOW =
      "send {\"url\": \"https://…\"} (e.g. a presigned URL), {\"image\": \"<base64>\"} or {\"urls\": [up to "
          + Limits.MAX_URLS + " links]}";

  public ClassifyRequest {
    images = List.copyOf(images);
    java.util.Objects.requireNonNull(mode, "mode");
    if (mode == ReadMode.NUMBER && (batch || images.size() != 1)) {
      throw new IllegalArgumentException("a number is read from one picture");
    }
  }

  public static ClassifyRequest from(JsonNode value) throws BadRequestException {
    if (value != null && !value.isNull() && !value.isMissingNode() && !value.isObject()) {
      throw new BadRequestException("The parameters must be a JSON object: " + HOW + ".");
    }
    JsonNode url = present(value, ActionRequest.URL);
    JsonNode image = present(value, ActionRequest.IMAGE);
    JsonNode urls = present(value, ActionRequest.URLS);
    int given = (url == null ? 0 : 1) + (image == null ? 0 : 1) + (urls == null ? 0 : 1);
    if (given == 0) {
      throw new BadRequestException("No image given: " + HOW + ".");
    }
    if (given > 1) {
      throw new BadRequestException("Give only one of \"url\", \"image\" and \"urls\".");
    }
    ReadMode mode = mode(present(value, ReadMode.PARAMETER));
    if (mode == ReadMode.NUMBER && urls != null) {
      throw new BadRequestException("A number is read from one picture: send \"url\" or \"image\" with \"read\": "
          + "\"number\", not \"urls\" (classify a list of pictures digit by digit, or one picture per activation).");
    }
    if (url != null) {
      return new ClassifyRequest(List.of(urlRef(url, "\"url\"")), false, mode);
    }
    if (image != null) {
      return new ClassifyRequest(List.of(new ImageRef.Inline(base64(image))), false, mode);
    }
    return new ClassifyRequest(urlList(urls), true, mode);
  }

  /** {@code read}: absent or null is a digit, as before numbers could be read. */
  private static ReadMode mode(JsonNode read) throws BadRequestException {
    if (read == null) {
      return ReadMode.DIGIT;
    }
    String how = "\"read\" must be \"" + ReadMode.DIGIT.wireName() + "\" (the default) or \""
        + ReadMode.NUMBER.wireName() + "\" (a whole number of up to " + Limits.MAX_DIGITS + " digits), not ";
    if (!read.isString()) {
      throw new BadRequestException(how + kind(read) + ".");
    }
    String text = read.stringValue();
    return ReadMode.of(text).orElseThrow(() -> new BadRequestException(how + quoted(text) + "."));
  }

  /** A caller's text in a message, cut short and without control characters. */
  private static String quoted(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  private static JsonNode present(JsonNode value, String key) {
    if (value == null) {
      return null;
    }
    JsonNode node = value.get(key);
    return node == null || node.isNull() ? null : node;
  }

  private static ImageRef.Url urlRef(JsonNode node, String what) throws BadRequestException {
    if (!node.isString()) {
      throw new BadRequestException(what + " must be a string holding an http(s) URL, not " + kind(node) + ".");
    }
    String text = node.stringValue().strip();
    if (text.isEmpty()) {
      throw new BadRequestException(what + " is empty; it must hold an http(s) URL.");
    }
    if (text.length() > Limits.MAX_URL_LENGTH) {
      throw new BadRequestException(what + " is " + text.length() + " characters long; URLs up to "
          + Limits.MAX_URL_LENGTH + " are accepted.");
    }
    return new ImageRef.Url(text);
  }

  private static List<ImageRef> urlList(JsonNode urls) throws BadRequestException {
    if (!urls.isArray()) {
      throw new BadRequestException("\"urls\" must be a list of http(s) URLs, not " + kind(urls) + ".");
    }
    if (urls.isEmpty() || urls.size() > Limits.MAX_URLS) {
      throw new BadRequestException("\"urls\" holds " + urls.size() + " links; send 1 to " + Limits.MAX_URLS + ".");
    }
    List<ImageRef> refs = new ArrayList<>(urls.size());
    int i = 0;
    for (JsonNode item : urls) {
      refs.add(urlRef(item, "\"urls\"[" + i++ + "]"));
    }
    return refs;
  }

  private static byte[] base64(JsonNode node) throws BadRequestException {
    if (!node.isString()) {
      throw new BadRequestException("\"image\" must be a base64 string, not " + kind(node) + ".");
    }
    String text = node.stringValue().strip();
    if (text.startsWith("data:")) {
      int comma = text.indexOf(',');
      if (comma < 0 || !text.substring(0, comma).endsWith(";base64")) {
        throw new BadRequestException("\"image\" is a data: URL without base64 content.");
      }
      text = text.substring(comma + 1);
    }
    if (text.isEmpty()) {
      throw new BadRequestException("\"image\" is empty; it must hold the image file as base64.");
    }
    try {
      // Line breaks and URL-safe letters are common in hand-made base64; anything else is refused.
      String compact = WHITESPACE.matcher(text).replaceAll("").replace('-', '+').replace('_', '/');
      return Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("\"image\" is not valid base64: " + e.getMessage());
    }
  }

  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}

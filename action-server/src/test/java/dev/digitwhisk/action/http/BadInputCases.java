package dev.digitwhisk.action.http;

import dev.digitwhisk.action.testing.ImageServer;
import dev.digitwhisk.action.testing.TestImages;
import dev.digitwhisk.protocol.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the bad-input battery: every case is a request body (or a raw HTTP exchange) and the
 * HTTP status and answer codes it must get. Seeded, so a failing case can be replayed by name.
 */
final class BadInputCases {
  static final String SECRET = "X-Amz-Signature=SECRETSIG";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One bad request and what it must get. {@code rawMegabytes > 0}: sent over a raw socket instead. */
  record Case(String name, String method, String path, byte[] body, int httpStatus, Set<Integer> codes,
      int rawMegabytes, boolean chunked) {
    Case(String name, byte[] body, int httpStatus, Set<Integer> codes, int rawMegabytes, boolean chunked) {
      this(name, "POST", "/run", body, httpStatus, codes, rawMegabytes, chunked);
    }

    static Case of(String name, String body, int httpStatus, Integer... codes) {
      return new Case(name, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          httpStatus, Set.of(codes), 0, false);
    }

    static Case route(String method, String path, int httpStatus) {
      return new Case(method + " " + path, method, path, new byte[0], httpStatus, Set.of(), 0, false);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final ImageServer store;
  private final Random random = new Random(20261125);
  private final List<Case> cases = new ArrayList<>();

  BadInputCases(ImageServer store) {
    this.store = store;
  }

  private String url(String path) {
    return store.url(path) + (path.contains("?") ? "&" : "?") + SECRET;
  }

  private static String quote(String text) {
    return JSON.writeValueAsString(text);
  }

  private void activation(String name, String valueJson, Integer... codes) {
    cases.add(Case.of(name, "{\"value\":" + valueJson + ",\"activation_id\":\"battery\"}", 200, codes));
  }

  private void byUrl(String name, String path, Integer... codes) {
    activation(name, "{\"url\":" + quote(url(path)) + "}", codes);
  }

  private void inline(String name, byte[] bytes, Integer... codes) {
    activation(name, "{\"image\":" + quote(Base64.getEncoder().encodeToString(bytes)) + "}", codes);
  }

  List<Case> all() {
    malformedJson();
    wrongTypes();
    missingImage();
    unsupportedUrls();
    notImages();
    truncatedImages();
    decompressionBombs();
    hugeBodies();
    redirects();
    slowStore();
    blockedAddresses();
    badBase64();
    blankImages();
    storeRefusals();
    wrongRoutes();
    return cases;
  }

  private void malformedJson() {
    String valid = "{\"value\":{\"url\":" + quote(url("/ok.png")) + "},\"activation_id\":\"a\"}";
    for (int len = 1; len < valid.length(); len += 2) {
      cases.add(Case.of("truncated JSON at " + len, valid.substring(0, len), 400, 400));
    }
    for (int i = 0; i < 100; i++) {
      byte[] junk = new byte[1 + random.nextInt(300)];
      random.nextBytes(junk);
      junk[0] = (byte) ('#' + random.nextInt(3)); // never a valid JSON start: '#', '$', '%'
      cases.add(new Case("random bytes #" + i, junk, 400, Set.of(400), 0, false));
    }
    for (String text : new String[] {"nul", "{'value':{}}", "{\"value\":{}} trailing", "NaN", "{\"value\":{\"url\":\"x\",}}",
        "{\"value\" {}}", "{value:{}}", "\u0000", "{\"value\":{\"url\":\"\\x41\"}}", "{\"a\":1}{\"b\":2}", "}", "{{}}",
        "{\"value\":{\"url\":\"unterminated}}", "\"\\ud800\"", "{\"value\":[}"}) {
      cases.add(Case.of("malformed " + text, text, 400, 400));
    }
    for (String text : new String[] {"[]", "1", "\"s\"", "true", "null", "[{\"value\":{}}]", "1e999999", "-0"}) {
      cases.add(Case.of("not an object " + text, text, 400, 400));
    }
    cases.add(Case.of("nesting 100000 deep", "[".repeat(100_000) + "]".repeat(100_000), 400, 400));
    cases.add(Case.of("object nesting 5000 deep", "{\"value\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001), 400, 400));
    byte[] badUtf8 = "{\"value\":{\"url\":\"http://h/\u00ff\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    cases.add(new Case("invalid UTF-8", badUtf8, 400, Set.of(400), 0, false));
  }

  private void wrongTypes() {
    String[] values = {"1", "-1", "0.5", "true", "false", "{}", "{\"a\":1}", "[]", "[1]", "\"\"", "\"   \"", "[[\"http://h/x\"]]"};
    for (String key : new String[] {"url", "image", "urls"}) {
      for (String v : values) {
        activation("value." + key + " = " + v, "{\"" + key + "\":" + v + "}", 400);
      }
    }
    for (String v : new String[] {"1", "\"http://h/x.png\"", "[]", "true", "[{\"url\":\"http://h/x\"}]"}) {
      activation("value = " + v, v, 400);
    }
    activation("url and image", "{\"url\":" + quote(url("/ok.png")) + ",\"image\":\"AAAA\"}", 400);
    activation("url and urls", "{\"url\":" + quote(url("/ok.png")) + ",\"urls\":[" + quote(url("/ok.png")) + "]}", 400);
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i <= Limits.MAX_URLS; i++) {
      many.append(i == 0 ? "" : ",").append(quote(url("/ok.png")));
    }
    activation("one url over the limit", "{\"urls\":" + many + "]}", 400);
    activation("urls with a number", "{\"urls\":[" + quote(url("/ok.png")) + ",7]}", 400);
    for (String read : new String[] {"\"Number\"", "\"numbers\"", "\"\"", "\"digits\"", "1", "true", "{}",
        "[\"number\"]", quote(url("/ok.png"))}) {
      activation("read = " + read, "{\"url\":" + quote(url("/ok.png")) + ",\"read\":" + read + "}", 400);
    }
    activation("read number with urls", "{\"urls\":[" + quote(url("/ok.png")) + "],\"read\":\"number\"}", 400);
    activation("url over the length limit", "{\"url\":" + quote("http://127.0.0.1/" + "x".repeat(Limits.MAX_URL_LENGTH)) + "}", 400);
  }

  private void missingImage() {
    cases.add(Case.of("empty body", null, 200, 400));
    cases.add(Case.of("{}", "{}", 200, 400));
    activation("value {}", "{}", 400);
    activation("value null", "null", 400);
    activation("URL in capitals", "{\"URL\":" + quote(url("/ok.png")) + "}", 400);
    activation("uri instead of url", "{\"uri\":" + quote(url("/ok.png")) + "}", 400);
    activation("url null", "{\"url\":null}", 400);
    for (int i = 0; i < 50; i++) {
      activation("only unrelated key #" + i, "{\"k" + random.nextInt(1_000_000) + "\":" + quote("v" + i) + "}", 400);
    }
  }

  private void unsupportedUrls() {
    String[] schemes = {"ftp", "file", "gopher", "data", "jar", "javascript", "mailto", "ws", "wss", "ldap", "dict",
        "sftp", "ssh", "telnet", "smb", "nfs", "tftp", "irc", "news", "rtsp", "about", "blob", "chrome", "s3", "gs",
        "hdfs", "custom", "httpx", "htp", "hxxp"};
    for (String scheme : schemes) {
      activation("scheme " + scheme, "{\"url\":" + quote(scheme + "://127.0.0.1/x.png?" + SECRET) + "}", 400);
      activation("scheme " + scheme + " no host", "{\"url\":" + quote(scheme + ":/x.png") + "}", 400);
      activation("scheme " + scheme + " in urls", "{\"urls\":[" + quote(scheme + "://h/x.png") + "]}", 400);
    }
    for (String text : new String[] {"127.0.0.1/x.png", "//127.0.0.1/x.png", "/relative.png", "x.png", "http://",
        "http:///x.png", "http://[::1/x", "http://exa mple.com/x", "http://127.0.0.1:99999/x", "http://127.0.0.1:-5/x",
        "http://%zz/", "http://127.0.0.1/\u0000", "https://", "http:x.png", "HTTP//127.0.0.1/x", "http:\\\\127.0.0.1\\x.png",
        "  ", "http://127.0.0.1:0/x.png?" + SECRET, "http://user:pass@/x"}) {
      activation("bad url " + text, "{\"url\":" + quote(text) + "}", 400, 502);
    }
  }

  private void notImages() {
    for (int i = 0; i < 80; i++) {
      byte[] junk = new byte[1 + random.nextInt(5000)];
      random.nextBytes(junk);
      junk[0] = 0; // no image format starts with a zero byte
      String path = "/junk" + i + ".png";
      store.bytes(path, junk);
      if (i % 2 == 0) {
        byUrl("random bytes by url #" + i, path, 415);
      } else {
        inline("random bytes inline #" + i, junk, 415);
      }
    }
    String[][] others = {
        {"html", "<!doctype html><html><body>login</body></html>"}, {"json", "{\"error\":\"nope\"}"},
        {"xml", "<?xml version=\"1.0\"?><Error/>"}, {"pdf", "%PDF-1.7\n%âãÏÓ\n"}, {"zip", "PK\u0003\u0004rest"},
        {"gzip", "\u001f\u008b\u0008\u0000rest"}, {"elf", "\u007fELF\u0002\u0001"}, {"webp", "RIFF\u0000\u0000\u0000\u0000WEBPVP8 "},
        {"tiff", "II*\u0000\u0008\u0000"}, {"ico", "\u0000\u0000\u0001\u0000\u0001\u0000"}, {"svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"},
        {"text", "seven"}, {"psd", "8BPS"}, {"heic", "\u0000\u0000\u0000\u0018ftypheic"}, {"avif", "\u0000\u0000\u0000\u001cftypavif"},
        {"one byte", "B"}, {"pn", "\u0089PN"}, {"GIF7", "GIF7"}, {"JPEG two bytes", "\u00ff\u00d8"}, {"space", " "}};
    for (String[] other : others) {
      byte[] bytes = other[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      store.bytes("/other-" + other[0].replace(' ', '-'), bytes);
      byUrl("not an image by url: " + other[0], "/other-" + other[0].replace(' ', '-'), 415);
      inline("not an image inline: " + other[0], bytes, 415);
    }
    byUrl("empty object", "/zero", 415);
    store.bytes("/zero", new byte[0]);
  }

  private void truncatedImages() {
    for (String format : new String[] {"png", "jpeg", "gif", "bmp"}) {
      byte[] full = TestImages.stroke(format, 64);
      int tail = switch (format) {
        case "png" -> 30; // IEND, the CRC and zlib's checksum and end: ImageIO decodes every pixel without them
        case "jpeg" -> 3;
        case "gif" -> 2;
        default -> 1 + full.length / 64; // BMP rows: a few missing bytes of the last row
      };
      for (int i = 0; i < 100; i++) {
        int len = 1 + random.nextInt(full.length - tail);
        byte[] cut = Arrays.copyOf(full, len);
        if (i % 2 == 0) {
          String path = "/cut-" + format + "-" + i;
          store.bytes(path, cut);
          byUrl("truncated " + format + " at " + len + " by url", path, 415, 422);
        } else {
          inline("truncated " + format + " at " + len + " inline", cut, 415, 422);
        }
      }
    }
  }

  private void decompressionBombs() {
    int[][] sizes = {{50_000, 50_000}, {10_001, 1}, {1, 10_001}, {7_000, 7_000}, {100_000, 100_000},
        {Integer.MAX_VALUE, 1}, {1, Integer.MAX_VALUE}, {65_535, 65_535}, {9_999, 9_999}};
    for (int[] size : sizes) {
      byte[] png = TestImages.pngClaiming(size[0], size[1]);
      String path = "/bomb-" + size[0] + "x" + size[1] + ".png";
      store.bytes(path, png);
      byUrl("png bomb " + size[0] + "x" + size[1], path, 413);
      inline("png bomb inline " + size[0] + "x" + size[1], png, 413);
      // ImageIO's BMP reader already refuses some of these headers as unreadable: 415 is as good a refusal.
      inline("bmp bomb " + size[0] + "x" + size[1], TestImages.bmpClaiming(size[0], size[1]), 413, 415);
    }
    activation("png bomb read as a number", "{\"image\":" + quote(Base64.getEncoder().encodeToString(
        TestImages.pngClaiming(50_000, 50_000))) + ",\"read\":\"number\"}", 413);
    inline("gif bomb 65535x65535", TestImages.gifClaiming(65_535, 65_535), 413);
    inline("gif bomb 20000x3000", TestImages.gifClaiming(20_000, 3_000), 413);
    inline("png 0x0", TestImages.pngClaiming(0, 0), 415);
    inline("png negative width", TestImages.pngClaiming(-5, 10), 415);
    inline("real png 10001x1", TestImages.encode(new java.awt.image.BufferedImage(10_001, 1,
        java.awt.image.BufferedImage.TYPE_BYTE_GRAY), "png"), 413);
  }

  private void hugeBodies() {
    for (int mb : new int[] {2, 5, 50, 50, 50}) {
      cases.add(new Case(mb + " MB body with Content-Length", null, 413, Set.of(413), mb, false));
    }
    for (int mb : new int[] {2, 50, 50}) {
      cases.add(new Case(mb + " MB chunked body", null, 413, Set.of(413), mb, true));
    }
    String big = "{\"value\":{\"image\":\"" + "A".repeat(2 << 20) + "\"}}";
    cases.add(Case.of("2 MiB base64 image", big, 413, 413));
  }

  private void redirects() {
    store.redirect("/loop", "/loop");
    store.redirect("/a", "/b").redirect("/b", "/a");
    store.redirect("/r4", "/r3").redirect("/r3", "/r2").redirect("/r2", "/r1").redirect("/r1", "/ok.png");
    store.redirect("/to-ftp", "ftp://127.0.0.1/x.png");
    store.redirect("/to-file", "file:///etc/passwd");
    store.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/iam/");
    store.redirect("/to-metadata-name", "http://metadata.google.internal/computeMetadata/v1/");
    store.redirect("/no-location", null);
    store.redirect("/bad-location", "http://[::1");
    byUrl("redirect loop", "/loop", 502);
    byUrl("redirect ping-pong", "/a", 502);
    byUrl("four redirects", "/r4", 502);
    byUrl("redirect to ftp", "/to-ftp", 400);
    byUrl("redirect to file", "/to-file", 400);
    byUrl("redirect to metadata", "/to-metadata", 403);
    byUrl("redirect to metadata name", "/to-metadata-name", 403);
    byUrl("redirect without location", "/no-location", 502);
    byUrl("redirect to a broken URL", "/bad-location", 502);
  }

  private void slowStore() {
    long deadline = 1_500;
    for (String path : new String[] {"/slow-headers.png", "/slow-body.png", "/slow-headers.png"}) {
      String body = "{\"value\":{\"url\":" + quote(url(path)) + "},\"deadline\":\""
          + "DEADLINE+" + deadline + "\"}";
      cases.add(Case.of("slow store " + path, body, 200, 504));
    }
  }

  private void blockedAddresses() {
    String[] hosts = {"169.254.169.254", "169.254.169.254:80", "169.254.0.1", "169.254.255.255", "[::ffff:169.254.169.254]",
        "[fe80::1]", "[fe80::abcd:1234]", "metadata.google.internal", "metadata", "100.100.100.200", "0.0.0.0",
        "[::]", "224.0.0.1", "239.255.255.250", "[ff02::1]", "[fd00:ec2::254]", "2852039166"};
    for (String host : hosts) {
      activation("blocked host " + host, "{\"url\":" + quote("http://" + host + "/latest/meta-data/?" + SECRET) + "}", 403);
    }
    for (int i = 0; i < 20; i++) {
      String host = "169.254." + random.nextInt(256) + "." + random.nextInt(256);
      activation("link-local " + host, "{\"url\":" + quote("http://" + host + "/x.png") + "}", 403);
      activation("link-local in urls " + host, "{\"urls\":[" + quote("http://" + host + "/x.png") + "]}", 403);
    }
  }

  private void badBase64() {
    String alphabet = "!@#$%^&*()~`<>?,.;:'\"[]{}|\\ \u00e9\u2603";
    for (int i = 0; i < 50; i++) {
      StringBuilder text = new StringBuilder("QUJD");
      for (int j = 0; j < 1 + random.nextInt(40); j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      activation("invalid base64 #" + i, "{\"image\":" + quote(text.toString()) + "}", 400);
    }
    activation("base64 bad padding", "{\"image\":\"QQ=A\"}", 400);
    activation("data URL without base64", "{\"image\":\"data:image/png,abc\"}", 400);
    activation("data URL empty", "{\"image\":\"data:image/png;base64,\"}", 400);
    for (int i = 0; i < 30; i++) {
      byte[] text = ("not an image at all, number " + i).getBytes();
      inline("base64 of text #" + i, text, 415);
    }
  }

  private void blankImages() {
    for (String format : new String[] {"png", "jpeg", "gif", "bmp"}) {
      for (int side : new int[] {1, 8, 28, 100, 400}) {
        inline("blank " + format + " " + side + "px", TestImages.blank(format, side), 422);
      }
    }
    activation("blank png read as a number", "{\"image\":" + quote(Base64.getEncoder().encodeToString(
        TestImages.blank("png", 100))) + ",\"read\":\"number\"}", 422);
  }

  private void storeRefusals() {
    store.status("/expired.png", 403, "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
    store.status("/denied.png", 403, "<Error><Code>AccessDenied</Code></Error>");
    store.status("/unauthorized.png", 401, "");
    store.status("/gone.png", 410, "");
    store.status("/bad.png", 400, "<Error><Code>AuthorizationQueryParametersError</Code></Error>");
    store.status("/teapot.png", 418, "");
    store.status("/throttled.png", 429, "");
    store.status("/error.png", 500, "");
    store.status("/unavailable.png", 503, "");
    store.status("/gateway-timeout.png", 504, "");
    byUrl("expired presigned URL", "/expired.png", 403);
    byUrl("access denied", "/denied.png", 403);
    byUrl("401", "/unauthorized.png", 403);
    byUrl("410 gone", "/gone.png", 404);
    byUrl("store says 400", "/bad.png", 400);
    byUrl("store says 418", "/teapot.png", 502);
    byUrl("store throttles", "/throttled.png", 502);
    byUrl("store error", "/error.png", 502);
    byUrl("store unavailable", "/unavailable.png", 502);
    byUrl("store gateway timeout", "/gateway-timeout.png", 504);
    for (int i = 0; i < 10; i++) {
      byUrl("missing object #" + i, "/missing-" + random.nextInt(1_000_000) + ".png", 404);
    }
    activation("nothing listening", "{\"url\":" + quote("http://127.0.0.1:9/x.png?" + SECRET) + "}", 502);
    activation("unknown host", "{\"url\":\"http://no-such-host.invalid/x.png\"}", 502);
  }

  private void wrongRoutes() {
    cases.add(Case.route("GET", "/run", 405));
    cases.add(Case.route("PUT", "/run", 405));
    cases.add(Case.route("DELETE", "/init", 405));
    cases.add(Case.route("POST", "/runner", 404));
    cases.add(Case.route("POST", "/run/x", 404));
    cases.add(Case.route("POST", "/", 404));
    cases.add(Case.route("GET", "/favicon.ico", 404));
  }
}

package dev.digitwhisk.client.invoke.openwhisk;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands every exchange the stand-in completes to the observers registered at the time, so a test can
 * check the wire contract without the stand-in knowing how. Observers are process-wide because the
 * stand-ins are started inside the tests they should watch; with none registered nothing is copied.
 */
final class ExchangeRecorder extends Filter {
  private static final List<Consumer<StandInExchange>> OBSERVERS = new CopyOnWriteArrayList<>();

  static AutoCloseable observe(Consumer<StandInExchange> observer) {
    OBSERVERS.add(observer);
    return () -> OBSERVERS.remove(observer);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (OBSERVERS.isEmpty()) {
      chain.doFilter(exchange);
      return;
    }
    byte[] request = exchange.getRequestBody().readAllBytes();
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    OutputStream wire = exchange.getResponseBody();
    exchange.setStreams(new ByteArrayInputStream(request), new FilterOutputStream(wire) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        answer.write(b, off, len);
        out.write(b, off, len);
      }

      @Override
      public void write(int b) throws IOException {
        answer.write(b);
        out.write(b);
      }
    });
    chain.doFilter(exchange);
    StandInExchange recorded = new StandInExchange(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), lowerCase(exchange.getRequestHeaders()), request,
        exchange.getResponseCode(), lowerCase(exchange.getResponseHeaders()), answer.toByteArray());
    OBSERVERS.forEach(o -> o.accept(recorded));
  }

  private static Map<String, List<String>> lowerCase(Headers headers) {
    Map<String, List<String>> out = new TreeMap<>();
    headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    return out;
  }

  @Override
  public String description() {
    return "hands each exchange to the registered contract checks";
  }
}

package dev.carafe;

import dev.carafe.routing.Endpoint;
import dev.carafe.routing.PathParams;
import dev.carafe.routing.Percent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request a handler answers: the {@link Environ} it came in with, the endpoint it matched and
 * its path parameters, with the parts a handler reads most (query arguments, headers, body) made
 * easy to get at. Declare a parameter of this type on a routed method to receive it.
 */
public final class Request {
  private final Environ environ;
  private final Endpoint endpoint;
  private final PathParams params;
  private Map<String, List<String>> args;
  private byte[] body;

  /**
   * A request for {@code environ} matched to {@code endpoint}.
   *
   * @param environ the request as the server saw it
   * @param endpoint the endpoint it matched
   * @param params the path parameters the rule captured
   */
  public Request(Environ environ, Endpoint endpoint, PathParams params) {
    this.environ = environ;
    this.endpoint = endpoint;
    this.params = params;
  }

  /** The request as the server saw it. */
  public Environ environ() {
    return environ;
  }

  /** The request method, for example {@code GET}. */
  public String method() {
    return environ.method();
  }

  /** The full raw path: script name and path info. */
  public String path() {
    return environ.scriptName() + environ.pathInfo();
  }

  /** The name of the endpoint the request matched. */
  public String endpoint() {
    return endpoint.name();
  }

  /** The path parameters, as the dispatch table captured them (generated invokers read these). */
  public PathParams pathParams() {
    return params;
  }

  /** The request headers. */
  public Headers headers() {
    return environ.headers();
  }

  /** The first value of header {@code name}, or {@code null}. */
  public String header(String name) {
    return environ.headers().first(name);
  }

  /** The first value of query argument {@code name}, decoded, or {@code null}. */
  public String arg(String name) {
    List<String> values = args().get(name);
    return values == null ? null : values.get(0);
  }

  /** Every value of query argument {@code name}, decoded, in order. */
  public List<String> args(String name) {
    return args().getOrDefault(name, List.of());
  }

  /** Every query argument, decoded, in the order of the query string. */
  public Map<String, List<String>> args() {
    if (args == null) {
      args = parseQuery(environ.queryString());
    }
    return args;
  }

  /** The whole request body; read from the client on first use. */
  public byte[] body() {
    if (body == null) {
      try {
        body = environ.input().readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the request body", e);
      }
    }
    return body;
  }

  /** The whole request body as UTF-8 text. */
  public String text() {
    return new String(body(), StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> parseQuery(String query) {
    Map<String, List<String>> args = new LinkedHashMap<>();
    int start = 0;
    while (start < query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      if (end > start) {
        int eq = query.indexOf('=', start);
        int keyEnd = eq < 0 || eq > end ? end : eq;
        String key = formDecode(query, start, keyEnd);
        String value = keyEnd == end ? "" : formDecode(query, keyEnd + 1, end);
        args.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
      }
      start = end + 1;
    }
    args.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Collections.unmodifiableMap(args);
  }

  /** In a query string, unlike a path, {@code +} stands for a space. */
  private static String formDecode(String text, int from, int to) {
    return Percent.decode(text.substring(from, to).replace('+', ' '));
  }

  @Override
  public String toString() {
    return environ.toString();
  }
}

package dev.carafe;

import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Headers;
import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import dev.carafe.http.UnsupportedMediaType;
import dev.carafe.routing.PathParams;
import dev.carafe.routing.Rule;
import io.avaje.json.JsonAdapter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request a handler answers: the {@link Environ} it came in with, the endpoint it matched and
 * its path parameters, with the parts a handler reads most made easy to get at: query arguments,
 * headers, cookies, the body as bytes, text, a form or JSON. Declare a parameter of this type on a
 * routed method or a hook to receive it.
 *
 * <p>The body is read once, on first use, within the application's {@link RequestLimits}: too large
 * a body is answered 413, a broken one 400. A request is handled by one thread at a time and is not
 * safe to share between threads.
 */
public final class Request {
  private final Environ environ;
  private final Rule rule;
  private final PathParams params;
  private final RequestBody body;
  private final RequestLimits limits;
  private Map<String, List<String>> args;
  private Map<String, String> cookies;
  private Map<String, Object> viewArgs;

  /**
   * A request for {@code environ} that matched {@code rule}, its body read within {@code limits}.
   * The application makes one per request; a test may make one to call code that takes it.
   *
   * @param environ the request as the server saw it
   * @param rule the rule it matched, or {@code null} when it matched none
   * @param params the path parameters the rule captured
   * @param limits the limits its body and cookies are read within
   */
  public Request(Environ environ, Rule rule, PathParams params, RequestLimits limits) {
    this.environ = environ;
    this.rule = rule;
    this.params = params;
    this.body = new RequestBody(environ, limits);
    this.limits = limits;
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

  /** The name of the endpoint the request matched, or {@code null} when it matched none. */
  public String endpoint() {
    return rule == null ? null : rule.endpoint();
  }

  /** The blueprint of the matched endpoint, or {@code null} (none matched, or the application's). */
  public String blueprint() {
    return rule == null ? null : rule.blueprint();
  }

  /** The rule the request matched, Flask's {@code request.url_rule}, or {@code null}. */
  public Rule urlRule() {
    return rule;
  }

  /** The path parameters, as the dispatch table captured them (generated invokers read these). */
  public PathParams pathParams() {
    return params;
  }

  /**
   * The path parameters by variable name, decoded, Flask's {@code view_args}: a mutable map that
   * URL value preprocessors may change before the view reads it. Empty when no rule matched.
   */
  public Map<String, Object> viewArgs() {
    if (viewArgs == null) {
      viewArgs = new LinkedHashMap<>();
      if (rule != null) {
        List<String> names = rule.arguments();
        int count = Math.min(names.size(), params.count());
        for (int i = 0; i < count; i++) {
          viewArgs.put(names.get(i), params.string(i));
        }
      }
    }
    return viewArgs;
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
      args = UrlEncoded.parse(environ.queryString(), Integer.MAX_VALUE);
    }
    return args;
  }

  /**
   * The cookies the client sent, by name, parsed as Werkzeug does; a cookie larger than
   * {@link RequestLimits#maxCookieSize()} is left out, as no browser sends one.
   *
   * @throws dev.carafe.http.RequestHeaderFieldsTooLarge (431) for more cookies than
   *     {@link RequestLimits#maxCookieCount()}
   */
  public Map<String, String> cookies() {
    if (cookies == null) {
      cookies = CookieHeader.parse(environ.headers().all("Cookie"), limits.maxCookieCount(),
          limits.maxCookieSize());
    }
    return cookies;
  }

  /** The value of cookie {@code name}, or {@code null}. */
  public String cookie(String name) {
    return cookies().get(name);
  }

  /**
   * The media type of the body, lower case, without parameters ({@code application/json}), or an
   * empty string when the request has no {@code Content-Type}.
   */
  public String mimetype() {
    return RequestBody.mimetype(environ);
  }

  /**
   * The text fields of a form body, URL-encoded ({@code application/x-www-form-urlencoded}) or
   * {@code multipart/form-data}, in order; empty for a body of another type, as in Flask.
   *
   * @throws RequestEntityTooLarge past the limits of {@link RequestLimits}
   * @throws BadRequest when a multipart body does not follow the format
   */
  public Map<String, List<String>> form() {
    return body.form();
  }

  /**
   * The files of a {@code multipart/form-data} body by field name; empty for other bodies. A file
   * is readable until the request is over, when the temporary files are deleted.
   */
  public Map<String, List<UploadedFile>> files() {
    return body.files();
  }

  /** The first file sent in field {@code name}, or {@code null}. */
  public UploadedFile file(String name) {
    List<UploadedFile> sent = files().get(name);
    return sent == null ? null : sent.get(0);
  }

  /** The first value of form field {@code name}, or {@code null}. */
  public String form(String name) {
    List<String> values = form().get(name);
    return values == null ? null : values.get(0);
  }

  /** Every value of form field {@code name}, in order. */
  public List<String> formValues(String name) {
    return form().getOrDefault(name, List.of());
  }

  /**
   * The whole request body; read from the client on first use.
   *
   * @throws RequestEntityTooLarge when it is longer than the application accepts
   * @throws BadRequest when it ends before its announced length, or cannot be read
   */
  public byte[] body() {
    return body.bytes();
  }

  /** The whole request body as UTF-8 text. */
  public String text() {
    return new String(body(), StandardCharsets.UTF_8);
  }

  /**
   * Whether the body is JSON: {@code application/json} or another {@code application/...+json}
   * type, as Werkzeug's {@code is_json}.
   */
  public boolean isJson() {
    return RequestBody.isJson(mimetype());
  }

  /**
   * The body as a JSON value of any kind (objects as maps, arrays as lists), Flask's
   * {@code get_json()}.
   *
   * @throws UnsupportedMediaType when the body is not declared as JSON
   * @throws BadRequest when the body is not well-formed JSON (the description says where)
   */
  public Object json() {
    return body.json();
  }

  /**
   * The body read as JSON by {@code adapter}: the generated adapter of a {@code @JsonBody} record.
   *
   * @throws UnsupportedMediaType when the body is not declared as JSON
   * @throws BadRequest when the body is not well-formed JSON or does not fit the type
   */
  public <T> T json(JsonAdapter<T> adapter) {
    return body.json(adapter);
  }

  /**
   * Frees what the request holds beyond its lifetime, Werkzeug's {@code request.close()}: the
   * temporary files of uploads are deleted. The application calls it after the teardown hooks.
   */
  public void close() {
    body.close();
  }

  @Override
  public String toString() {
    return environ.toString();
  }
}

package dev.carafe;

import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import dev.carafe.http.UnsupportedMediaType;
import dev.carafe.json.Json;
import dev.carafe.routing.Endpoint;
import dev.carafe.routing.PathParams;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private static final Map<String, List<String>> NO_FIELDS = Map.of();

  private final Environ environ;
  private final Endpoint endpoint;
  private final PathParams params;
  private final RequestLimits limits;
  private Map<String, List<String>> args;
  private Map<String, List<String>> form;
  private Map<String, List<UploadedFile>> files;
  private List<UploadedFile> uploads = List.of();
  private Map<String, String> cookies;
  private Map<String, Object> viewArgs;
  private byte[] body;

  /**
   * A request for {@code environ} matched to {@code endpoint}, read within the default limits.
   *
   * @param environ the request as the server saw it
   * @param endpoint the endpoint it matched, or {@code null} when it matched none
   * @param params the path parameters the rule captured
   */
  public Request(Environ environ, Endpoint endpoint, PathParams params) {
    this(environ, endpoint, params, RequestLimits.defaults());
  }

  /** As {@link #Request(Environ, Endpoint, PathParams)}, read within {@code limits}. */
  public Request(Environ environ, Endpoint endpoint, PathParams params, RequestLimits limits) {
    this.environ = environ;
    this.endpoint = endpoint;
    this.params = params;
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
    return endpoint == null ? null : endpoint.name();
  }

  /** The blueprint of the matched endpoint, or {@code null} (none matched, or the application's). */
  public String blueprint() {
    return endpoint == null ? null : endpoint.blueprint();
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
      if (endpoint != null) {
        List<String> names = endpoint.url().names();
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

  /** The cookies the client sent, by name. */
  public Map<String, String> cookies() {
    if (cookies == null) {
      cookies = CookieHeader.parse(environ.headers().all("Cookie"));
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
    String type = environ.headers().first("Content-Type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The text fields of a form body, URL-encoded ({@code application/x-www-form-urlencoded}) or
   * {@code multipart/form-data}, in order; empty for a body of another type, as in Flask.
   *
   * @throws RequestEntityTooLarge past the limits of {@link RequestLimits}
   * @throws BadRequest when a multipart body does not follow the format
   */
  public Map<String, List<String>> form() {
    if (form == null) {
      String type = mimetype();
      if (type.equals("application/x-www-form-urlencoded")) {
        byte[] data = readBody(Math.min(limits.maxContentLength(), limits.maxFormMemory()));
        form = UrlEncoded.parse(new String(data, StandardCharsets.UTF_8), limits.maxFormParts());
        files = Map.of();
      } else if (type.equals("multipart/form-data")) {
        parseMultipart();
      } else {
        form = NO_FIELDS;
        files = Map.of();
      }
    }
    return form;
  }

  private void parseMultipart() {
    InputStream source = body != null
        ? new ByteArrayInputStream(body)
        : BodyReader.stream(environ, limits.maxContentLength());
    uploads = new ArrayList<>();
    Multipart.Parsed parsed =
        Multipart.parse(source, environ.headers().first("Content-Type"), limits, uploads);
    form = parsed.fields();
    files = parsed.files();
    if (body == null) {
      // The body was read by the parser: as in Werkzeug, it is no longer there as bytes.
      body = new byte[0];
    }
  }

  /**
   * The files of a {@code multipart/form-data} body by field name; empty for other bodies. A file
   * is readable until the request is over, when the temporary files are deleted.
   */
  public Map<String, List<UploadedFile>> files() {
    form();
    return files;
  }

  /** The first file sent in field {@code name}, or {@code null}. */
  public UploadedFile file(String name) {
    List<UploadedFile> sent = files().get(name);
    return sent == null ? null : sent.get(0);
  }

  /** Deletes the temporary files of uploads; the application calls this after the teardown. */
  void deleteUploads() {
    for (UploadedFile upload : uploads) {
      upload.delete();
    }
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
    return readBody(limits.maxContentLength());
  }

  private byte[] readBody(long limit) {
    if (body == null) {
      body = BodyReader.read(environ, limit);
    } else if (body.length > limit) {
      throw new RequestEntityTooLarge("The form is larger than the " + limit
          + " bytes this application accepts.");
    }
    return body;
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
    String type = mimetype();
    return type.equals("application/json")
        || type.startsWith("application/") && type.endsWith("+json");
  }

  /**
   * The body as a JSON value of any kind (objects as maps, arrays as lists), Flask's
   * {@code get_json()}.
   *
   * @throws UnsupportedMediaType when the body is not declared as JSON
   * @throws BadRequest when the body is not well-formed JSON (the description says where)
   */
  public Object json() {
    byte[] data = jsonBody();
    try {
      return Json.read(data);
    } catch (JsonException e) {
      throw malformed(e);
    }
  }

  /**
   * The body read as JSON by {@code adapter}: the generated adapter of a {@code @JsonBody} record.
   *
   * @throws UnsupportedMediaType when the body is not declared as JSON
   * @throws BadRequest when the body is not well-formed JSON or does not fit the type
   */
  public <T> T json(JsonAdapter<T> adapter) {
    byte[] data = jsonBody();
    try {
      return Json.read(data, adapter);
    } catch (JsonException e) {
      throw malformed(e);
    }
  }

  private byte[] jsonBody() {
    if (!isJson()) {
      throw new UnsupportedMediaType("Did not attempt to load JSON data because the request"
          + " Content-Type was not 'application/json'.");
    }
    return body();
  }

  private static BadRequest malformed(JsonException e) {
    return new BadRequest("Failed to decode JSON object: " + e.getMessage());
  }

  @Override
  public String toString() {
    return environ.toString();
  }
}

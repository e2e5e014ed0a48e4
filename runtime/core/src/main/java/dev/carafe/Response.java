package dev.carafe;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Headers;
import dev.carafe.http.BadRequest;
import dev.carafe.http.HttpException;
import dev.carafe.json.Json;
import io.avaje.json.JsonAdapter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP response: status, headers and body. Immutable: each {@code with...} method returns a
 * new response, so a response can be shared and changed by hooks without surprises.
 *
 * <pre>{@code
 * return Response.html("<h1>Created</h1>").withStatus(201).withHeader("Location", url);
 * }</pre>
 */
public final class Response {
  /** {@code text/html; charset=utf-8}, what a handler's {@code String} is sent as. */
  public static final String HTML = "text/html; charset=utf-8";

  /** {@code text/plain; charset=utf-8}. */
  public static final String TEXT = "text/plain; charset=utf-8";

  /** {@code application/json}, what a handler's record, map or list is sent as. */
  public static final String JSON = "application/json";

  /** {@code application/octet-stream}, what a handler's {@code byte[]} is sent as. */
  public static final String BINARY = "application/octet-stream";

  private final int status;
  private final HeaderList headers;
  private final Body body;

  // The usual header lists, made and checked once rather than per response.
  private static final HeaderList HTML_HEADERS = HeaderList.of("Content-Type", HTML);
  private static final HeaderList TEXT_HEADERS = HeaderList.of("Content-Type", TEXT);
  private static final HeaderList JSON_HEADERS = HeaderList.of("Content-Type", JSON);
  private static final HeaderList BINARY_HEADERS = HeaderList.of("Content-Type", BINARY);

  private Response(int status, HeaderList headers, Body body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("An HTTP status has three digits, got " + status);
    }
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** A response of the given parts. */
  public static Response of(int status, HeaderList headers, Body body) {
    return new Response(status, headers, body);
  }

  /** An empty response with {@code status}. */
  public static Response status(int status) {
    return new Response(status, HeaderList.empty(), Body.empty());
  }

  /** 200 with {@code html} as {@code text/html} in UTF-8. */
  public static Response html(String html) {
    return new Response(200, HTML_HEADERS, Body.of(requireBody(html)));
  }

  /**
   * 200 with a rendered template as {@code text/html} in UTF-8, its bytes sent as they are: for
   * a page with another status or more headers than a handler returning the {@link Page} gives.
   *
   * <pre>{@code
   * @ErrorHandler(status = 404)
   * public Response notFound() {
   *   return Response.html(ShopTemplates.notFound()).withStatus(404);
   * }
   * }</pre>
   */
  public static Response html(Page page) {
    return new Response(200, HTML_HEADERS, Body.of(requireBody(page).utf8()));
  }

  /** 200 with {@code text} as {@code text/plain} in UTF-8. */
  public static Response text(String text) {
    return new Response(200, TEXT_HEADERS, Body.of(requireBody(text)));
  }

  /** 200 with {@code data} as {@code application/octet-stream}; the array is not copied. */
  public static Response bytes(byte[] data) {
    return new Response(200, BINARY_HEADERS, Body.of(requireBody(data)));
  }

  /**
   * 200 with {@code value} as JSON: a map, a list, a string, a number, a boolean, {@code null}, an
   * {@link java.util.Optional}, or a record or other class whose adapter the application
   * registered (the generated {@code Json}); while a request is handled the application's
   * adapters are used, else only plain values can be written.
   *
   * @throws IllegalArgumentException when a value inside has no adapter
   */
  public static Response json(Object value) {
    RequestContext context = RequestContext.currentOrNull();
    Json json = context == null ? Json.standard() : context.app().json();
    return new Response(200, JSON_HEADERS, Body.of(json.toBytes(value)));
  }

  /** 200 with {@code value} written as JSON by {@code adapter} (a generated one, say). */
  public static <T> Response json(T value, JsonAdapter<T> adapter) {
    return new Response(200, JSON_HEADERS,
        Body.of(Json.toBytes(value, adapter)));
  }

  /**
   * 200 with a body that {@code writer} produces while it is sent (chunked, as its length is not
   * known), of {@code contentType}. The request context stays current while the writer runs, and
   * the teardown hooks run after it finished.
   *
   * <pre>{@code
   * return Response.stream("text/csv; charset=utf-8", out -> {
   *   for (Order order : orders.all()) {
   *     out.write(order.toCsvLine().getBytes(StandardCharsets.UTF_8));
   *   }
   * });
   * }</pre>
   */
  public static Response stream(String contentType, Body.StreamWriter writer) {
    return new Response(200, HeaderList.of("Content-Type", contentType), Body.stream(writer));
  }

  /** 204 No Content, what a {@code void} handler answers. */
  public static Response noContent() {
    return status(204);
  }

  /**
   * A redirect (302 Found) to {@code location}. The location is written as Werkzeug writes it
   * ({@code iri_to_uri}): what a URL may hold is kept (escapes already there too), and every other
   * character, non-ASCII text, spaces, CR and LF among them, is percent-encoded as UTF-8, so a
   * location from the client ({@code ?next=...}) can never split the response.
   */
  public static Response redirect(String location) {
    return status(302).withHeader("Location", uriOf(location));
  }

  /** The characters {@code iri_to_uri} leaves as they are, besides letters and digits. */
  private static final String URI_SAFE = "-._~%!$&'()*+,/:;=?@#[]";

  private static String uriOf(String iri) {
    StringBuilder uri = null;
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      boolean safe = c < 0x80 && (Character.isLetterOrDigit(c) || URI_SAFE.indexOf(c) >= 0);
      if (safe && uri == null) {
        continue;
      }
      if (uri == null) {
        uri = new StringBuilder(iri.length() + 16).append(iri, 0, i);
      }
      if (safe) {
        uri.append(c);
        continue;
      }
      int end = Character.isHighSurrogate(c) && i + 1 < iri.length() ? i + 2 : i + 1;
      for (byte b : iri.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        uri.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
      i = end - 1;
    }
    return uri == null ? iri : uri.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * The default answer to an HTTP error, as Werkzeug's {@code HTTPException.get_response}: its
   * status and {@linkplain HttpException#headers() headers}, and Werkzeug's HTML page or, when the
   * request's {@code Accept} prefers it, the same facts as JSON
   * ({@code {"code":404,"name":"Not Found","description":"..."}}).
   *
   * @param error the error to answer
   * @param requestHeaders the headers of the request being answered, for its {@code Accept}
   */
  public static Response forError(HttpException error, Headers requestHeaders) {
    Response response = ErrorBody.prefersJson(requestHeaders.first("Accept"))
        ? ErrorBody.json(error)
        : ErrorBody.html(error);
    HeaderList extra = error.headers();
    for (int i = 0; i < extra.size(); i++) {
      response = response.withHeader(extra.name(i), extra.value(i));
    }
    return response;
  }

  private static <T> T requireBody(T body) {
    if (body == null) {
      throw new IllegalStateException(
          "The handler returned null; return a body, or declare the method void for 204 No Content");
    }
    return body;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The headers. */
  public HeaderList headers() {
    return headers;
  }

  /** The first value of header {@code name}, or {@code null}. */
  public String header(String name) {
    return headers.first(name);
  }

  /** The body. */
  public Body body() {
    return body;
  }

  /** This response with another status. */
  public Response withStatus(int status) {
    return new Response(status, headers, body);
  }

  /**
   * This response with one more header field (a {@code Set-Cookie}, say).
   *
   * @throws BadRequest when {@code value} holds a control character (CR and LF would split the
   *     response) or one HTTP cannot send (above U+00FF): such a value comes from the client's
   *     input as a rule, so the request is answered 400 rather than a header sent
   * @throws IllegalArgumentException for a name that is not a token
   */
  public Response withHeader(String name, String value) {
    return new Response(status, headers.with(name, sendable(name, value)), body);
  }

  /**
   * This response with header {@code name} set to {@code value} alone; a value is refused as
   * {@link #withHeader} refuses it.
   */
  public Response withOnlyHeader(String name, String value) {
    return new Response(status, headers.withOnly(name, sendable(name, value)), body);
  }

  private static String sendable(String name, String value) {
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 && c != '\t' || c == 0x7f || c > 0xff) {
          throw new BadRequest("The response header '" + name + "' would hold a character HTTP"
              + " cannot send in a header (a line break, a control character or one above U+00FF).");
        }
      }
    }
    return value;
  }

  /** This response setting {@code cookie} on the client (a {@code Set-Cookie} header). */
  public Response withCookie(SetCookie cookie) {
    return withHeader("Set-Cookie", cookie.headerValue());
  }

  /** This response deleting cookie {@code name} on the client, Flask's {@code delete_cookie}. */
  public Response withoutCookie(String name) {
    return withCookie(SetCookie.deleting(name));
  }

  /** This response with another {@code Content-Type}. */
  public Response withContentType(String contentType) {
    return withOnlyHeader("Content-Type", contentType);
  }

  /** This response with another body. */
  public Response withBody(Body body) {
    return new Response(status, headers, body);
  }

  @Override
  public String toString() {
    return "Response[" + status + " " + headers + "]";
  }
}

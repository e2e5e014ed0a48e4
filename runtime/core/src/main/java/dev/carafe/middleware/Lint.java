package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Headers;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks that the gateway inside it and the server outside it keep the gateway contract, as
 * Werkzeug's {@code LintMiddleware} checks WSGI: each problem found is a warning, and the request
 * goes on as it would have without the lint. Put it around a gateway you are writing, in
 * development and in tests.
 *
 * <pre>{@code
 * Gateway checked = Middleware.chain(app, new Lint());          // warnings to the log
 * TestClient client = new TestClient(Lint.strict().wrap(app));  // a test fails on the first one
 * }</pre>
 *
 * <p>What it checks:
 * <ul>
 *   <li>the environ the server made: an upper-case token for the method, a script name that is
 *       empty or starts with {@code /} and does not end with one, a path info that is empty or
 *       starts with {@code /}, a query string without its {@code ?}, {@code http} or
 *       {@code https}, a host, a port from 1 to 65535, an {@code HTTP/x.y} protocol, the client's
 *       address, and request headers with token names and no CR or LF in their values;
 *   <li>{@code StartResponse} called exactly once, before the body is returned, with a status
 *       from 100 to 599 and header names and values that {@link HeaderList} would accept;
 *   <li>a body that is not {@code null}, and none for {@code HEAD}, 1xx, 204 and 304 (nor a
 *       {@code Content-Length} other than 0 on 1xx and 204);
 *   <li>a {@code Content-Length} that is a number, once, and that matches the bytes of a bytes
 *       body or a file region, or the bytes a stream wrote;
 *   <li>a stream written only while its writer runs and not after it closed its output;
 *   <li>as Werkzeug does, an {@code ETag} in quotes, with an upper-case {@code W/} when weak.
 * </ul>
 *
 * <p>By default each warning goes to the {@code System.Logger} named after this class at
 * {@code WARNING}; {@link #strict()} throws an {@link AssertionError} instead, so a test that
 * breaks the contract fails where it does.
 */
public final class Lint implements Middleware {
  private static final System.Logger LOG = System.getLogger(Lint.class.getName());

  private final Consumer<String> warnings;

  /** A lint that logs each warning. */
  public Lint() {
    this(message -> LOG.log(Level.WARNING, message));
  }

  /** A lint that hands each warning to {@code warnings} (a test's list, say). */
  public Lint(Consumer<String> warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** A lint that throws an {@link AssertionError} with the warning, for tests. */
  public static Lint strict() {
    return new Lint(message -> {
      throw new AssertionError(message);
    });
  }

  @Override
  public Gateway wrap(Gateway next) {
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      Request request = new Request(environ, warnings);
      request.checkEnviron();
      CheckingStart start = new CheckingStart(request, startResponse);
      Body body;
      try {
        body = next.call(environ, start);
      } finally {
        start.returned = true;
      }
      if (start.headers == null) {
        request.warn("The gateway returned without calling StartResponse; call it once before"
            + " returning the body");
      }
      if (body == null) {
        request.warn("The gateway returned a null body; return Body.empty() for no content");
        return null;
      }
      return start.headers == null ? body : request.checkBody(start.status, start.headers, body);
    });
  }

  /** The checks of one request, each warning naming it. */
  private static final class Request {
    private final Environ environ;
    private final Consumer<String> warnings;

    Request(Environ environ, Consumer<String> warnings) {
      this.environ = environ;
      this.warnings = warnings;
    }

    void warn(String message) {
      warnings.accept(message + " (" + environ.method() + " " + environ.scriptName()
          + environ.pathInfo() + ")");
    }

    void checkEnviron() {
      String method = environ.method();
      if (method.isEmpty() || !isToken(method) || !method.equals(method.toUpperCase(
          Locale.ROOT))) {
        warn("The environ's method '" + method + "' is not an upper-case token");
      }
      String scriptName = environ.scriptName();
      if (!scriptName.isEmpty() && (!scriptName.startsWith("/") || scriptName.endsWith("/"))) {
        warn("The environ's scriptName '" + scriptName + "' must be empty or start with '/' and"
            + " not end with '/'");
      }
      String pathInfo = environ.pathInfo();
      if (!pathInfo.isEmpty() && !pathInfo.startsWith("/")) {
        warn("The environ's pathInfo '" + pathInfo + "' must be empty or start with '/'");
      }
      if (environ.queryString().startsWith("?")) {
        warn("The environ's queryString '" + environ.queryString() + "' must not start with '?'");
      }
      if (!environ.scheme().equals("http") && !environ.scheme().equals("https")) {
        warn("The environ's scheme '" + environ.scheme() + "' is neither http nor https");
      }
      if (environ.host().isEmpty()) {
        warn("The environ has no host");
      }
      if (environ.port() < 1 || environ.port() > 65535) {
        warn("The environ's port " + environ.port() + " is not from 1 to 65535");
      }
      if (!environ.protocol().matches("HTTP/\\d(\\.\\d)?")) {
        warn("The environ's protocol '" + environ.protocol() + "' is not HTTP/x.y");
      }
      if (environ.remoteAddress().isEmpty()) {
        warn("The environ has no remoteAddress");
      }
      checkHeaders("Request", environ.headers());
    }

    void checkStart(int status, HeaderList headers) {
      if (status < 100 || status > 599) {
        warn("Status " + status + " is not an HTTP status; use one from 100 to 599");
      }
      checkHeaders("Response", headers);
      List<String> lengths = headers.all("Content-Length");
      for (String length : lengths) {
        if (!length.matches("\\d{1,18}")) {
          warn("Content-Length '" + length + "' is not a number of bytes");
        }
      }
      if (lengths.size() > 1 && lengths.stream().distinct().count() > 1) {
        warn("Content-Length is given " + lengths.size() + " times, as " + lengths
            + "; give it once");
      }
      String etag = headers.first("ETag");
      if (etag != null) {
        if (etag.startsWith("w/")) {
          warn("The weak ETag " + etag + " must start with an upper-case W/");
        }
        String tag = etag.startsWith("W/") || etag.startsWith("w/") ? etag.substring(2) : etag;
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
          warn("The ETag " + etag + " is not in double quotes");
        }
      }
    }

    private void checkHeaders(String side, Headers headers) {
      for (String name : headers.names()) {
        if (name.isEmpty() || !isToken(name)) {
          warn(side + " header name '" + name + "' is not a token");
        }
        for (String value : headers.all(name)) {
          for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
              warn(side + " header '" + name + "' has a control character (CR, LF or another)"
                  + " at " + i + ", which would split the message");
              break;
            }
          }
        }
      }
    }

    Body checkBody(int status, HeaderList headers, Body body) {
      boolean head = environ.method().equals("HEAD");
      boolean bodiless = status < 200 || status == 204 || status == 304;
      String length = headers.first("Content-Length");
      if ((status < 200 || status == 204) && length != null && !length.equals("0")) {
        warn("A " + status + " response must not have a Content-Length, got " + length);
      }
      String noBody = head ? "A HEAD response" : bodiless ? "A " + status + " response" : null;
      long declared = length == null || !length.matches("\\d{1,18}") || noBody != null
          ? -1 : Long.parseLong(length);
      if (body instanceof Body.Stream stream) {
        return Body.stream(out -> {
          CheckedOutput checked = new CheckedOutput(out, this, noBody);
          try {
            stream.writer().writeTo(checked);
          } finally {
            checked.writerReturned = true;
          }
          if (declared >= 0 && checked.count != declared) {
            warn("Content-Length says " + declared + " bytes but the stream wrote "
                + checked.count);
          }
        });
      }
      long size = body.contentLength();
      if (noBody != null && size > 0) {
        warn(noBody + " must not have a body, got " + size + " bytes; return Body.empty()"
            + (head ? " with the GET's headers" : ""));
      } else if (declared >= 0 && size != declared) {
        warn("Content-Length says " + declared + " bytes but the body has " + size);
      }
      return body;
    }
  }

  /** The StartResponse the gateway is given: checks each call and passes it on unchanged. */
  private static final class CheckingStart implements StartResponse {
    private final Request request;
    private final StartResponse server;
    private int status;
    private HeaderList headers;
    private volatile boolean returned;

    CheckingStart(Request request, StartResponse server) {
      this.request = request;
      this.server = server;
    }

    @Override
    public void start(int status, HeaderList headers) {
      if (returned) {
        request.warn("StartResponse was called after the gateway returned its body; call it"
            + " before returning");
      } else if (this.headers != null) {
        request.warn("StartResponse was called a second time (first " + this.status + ", then "
            + status + "); call it exactly once");
      } else {
        this.status = status;
        this.headers = headers;
        request.checkStart(status, headers);
      }
      server.start(status, headers);
    }
  }

  /** A stream's output, counting what is written and when. */
  private static final class CheckedOutput extends FilterOutputStream {
    private final Request request;
    private final String noBody;
    private long count;
    private boolean closed;
    private volatile boolean writerReturned;
    private boolean warned;

    CheckedOutput(OutputStream out, Request request, String noBody) {
      super(out);
      this.request = request;
      this.noBody = noBody;
    }

    @Override
    public void write(int b) throws IOException {
      check(1);
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check(len);
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }

    private void check(int len) {
      if (warned || len == 0) {
        return;
      }
      String problem = writerReturned
          ? "The stream was written after its writer returned; write the whole body in writeTo"
          : closed ? "The stream was written after it was closed"
          : noBody != null ? noBody + " must not have a body, but its stream wrote bytes" : null;
      if (problem != null) {
        warned = true;
        request.warn(problem);
      }
    }
  }

  /** RFC 9110 token characters only. */
  private static boolean isToken(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}

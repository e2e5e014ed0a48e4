package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes one line per request in the Common Log Format, with the time taken at the end:
 *
 * <pre>
 * 127.0.0.1 - - [22/Nov/2026:09:15:02 +0000] "GET /items?page=2 HTTP/1.1" 200 1534 2.315ms
 * </pre>
 *
 * <p>By default the lines go to the {@code System.Logger} named {@code dev.carafe.access} at
 * {@code INFO}, which the application routes to its logging backend like any other. The line is
 * written when the response is complete: for a streamed body, after its last byte, with the bytes
 * actually sent. A request whose gateway threw is logged as 500 with no size.
 *
 * <pre>{@code
 * Gateway served = Middleware.chain(app, new AccessLog());
 * }</pre>
 */
public final class AccessLog implements Middleware {
  private static final System.Logger LOG = System.getLogger("dev.carafe.access");
  private static final DateTimeFormatter CLF_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US);

  private final Consumer<String> sink;
  /** Whether the request of each line is styled with ANSI escape codes by its status. */
  private final boolean colour;

  /** An access log to the {@code dev.carafe.access} logger. */
  public AccessLog() {
    this(line -> LOG.log(Level.INFO, line));
  }

  /** An access log that hands each line to {@code sink} (a file writer, a test's list). */
  public AccessLog(Consumer<String> sink) {
    this(sink, false);
  }

  private AccessLog(Consumer<String> sink, boolean colour) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.colour = colour;
  }

  /**
   * This log with the quoted request of each line in colour by its status, as Werkzeug's
   * development server colours its log: 1xx bold, 200 plain, 304 cyan, other 3xx green, 404
   * yellow, other 4xx bold red, 5xx bold magenta. For a terminal only: in a file the escape codes
   * are litter. The launcher logs so in debug mode when the terminal has colours.
   */
  public AccessLog inColour() {
    return new AccessLog(sink, true);
  }

  @Override
  public Gateway wrap(Gateway next) {
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      long start = System.nanoTime();
      String received = ZonedDateTime.now().format(CLF_TIME);
      int[] status = {0};
      Body body;
      try {
        body = next.call(environ, (code, headers) -> {
          status[0] = code;
          startResponse.start(code, headers);
        });
      } catch (RuntimeException | Error e) {
        sink.accept(line(environ, received, 500, -1, start));
        throw e;
      }
      if (body instanceof Body.Stream) {
        Body.StreamWriter writer = ((Body.Stream) body).writer();
        return Body.stream(out -> {
          CountingStream counted = new CountingStream(out);
          try {
            writer.writeTo(counted);
          } finally {
            sink.accept(line(environ, received, status[0], counted.count, start));
          }
        });
      }
      sink.accept(line(environ, received, status[0], body.contentLength(), start));
      return body;
    });
  }

  private String line(Environ environ, String received, int status, long bytes, long start) {
    String query = environ.queryString().isEmpty() ? "" : "?" + environ.queryString();
    String request = environ.method() + " " + environ.scriptName() + environ.pathInfo() + query
        + " " + environ.protocol();
    double millis = (System.nanoTime() - start) / 1_000_000.0;
    String quoted = "\"" + escape(request) + "\"";
    return environ.remoteAddress() + " - - [" + received + "] "
        + (colour ? styled(quoted, status) : quoted) + " "
        + status + " " + (bytes > 0 ? Long.toString(bytes) : "-") + " "
        + String.format(Locale.ROOT, "%.3fms", millis);
  }

  /** Werkzeug's {@code log_request} styles, as ANSI SGR codes. */
  private static String styled(String text, int status) {
    String codes;
    if (status < 200) {
      codes = "1";
    } else if (status == 200) {
      return text;
    } else if (status == 304) {
      codes = "36";
    } else if (status < 400) {
      codes = "32";
    } else if (status == 404) {
      codes = "33";
    } else if (status < 500) {
      codes = "1;31";
    } else {
      codes = "1;35";
    }
    return "\u001b[" + codes + "m" + text + "\u001b[0m";
  }

  /** A quote or a control character in the request line must not break the line's format. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Counts the bytes of a streamed body as they are written. */
  private static final class CountingStream extends FilterOutputStream {
    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}

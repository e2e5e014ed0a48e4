package dev.carafe.middleware;

import dev.carafe.AcceptHeader;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Headers;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses responses with gzip or deflate for the clients that accept them, as Flask-Compress
 * does for Flask: the coding is the one with the highest {@code q} in the request's
 * {@code Accept-Encoding} (gzip first on a tie), and the response gets {@code Content-Encoding}
 * and {@code Vary: Accept-Encoding}.
 *
 * <pre>{@code
 * Gateway served = Middleware.chain(app, new Compress());          // gzip, deflate, from 1 KiB
 * Gateway tuned = Middleware.chain(app, Compress.builder()
 *     .minimumSize(512).codings(Compress.Coding.gzip(9)).build());
 * }</pre>
 *
 * <p>What is compressed: a bytes body of at least {@link #DEFAULT_MINIMUM_SIZE} bytes, at once,
 * sent with its new {@code Content-Length} (or left as it was when compressing did not make it
 * smaller); a stream body as it is written, with chunked transfer coding, each {@code flush()} of
 * the application flushing the compressor so that what was written so far reaches the client
 * (server-sent events keep working). What is left alone: a {@code HEAD} request, a 1xx, 204, 206
 * or 304 answer, a response with a {@code Content-Range}, a {@code Content-Encoding} or
 * {@code Cache-Control: no-transform}, types that are compressed already (images but SVG, audio,
 * video, woff and woff2 fonts, zip, gzip and other archives), an empty body and a file region. A
 * file region is sent by the operating system straight from the file ({@code sendfile}) with its
 * length and byte ranges; compressing it would read it through the heap on every request and lose
 * both, while the static folder already serves a file's precompressed {@code .br} or {@code .gz}
 * sibling.
 *
 * <p>A strong {@code ETag} is made weak on a compressed response, since the bytes differ from the
 * uncompressed ones (Django does the same), and {@code Accept-Ranges} is dropped: a range would be
 * counted in bytes the application never sees.
 *
 * <p>Brotli is not built in: the maintained Java encoder (Brotli4j) is a native library per
 * platform, which this layer does not take on. An application that wants it adds the library and
 * a {@link Coding}: {@code Compress.Coding.of("br", BrotliOutputStream::new)} before gzip, once
 * {@code Brotli4jLoader.ensureAvailability()} has loaded its native part.
 */
public final class Compress implements Middleware {
  /** The smallest bytes body compressed by default, 1 KiB: below it the headers cost more. */
  public static final int DEFAULT_MINIMUM_SIZE = 1024;

  /** Media types (and {@code +zip} suffixes) that are compressed already, besides images etc. */
  private static final Set<String> COMPRESSED_TYPES = Set.of("application/gzip",
      "application/x-gzip", "application/zip", "application/x-zip-compressed",
      "application/x-bzip2", "application/x-xz", "application/zstd", "application/x-zstd",
      "application/x-7z-compressed", "application/vnd.rar", "application/x-rar-compressed",
      "application/java-archive", "application/x-brotli", "font/woff", "font/woff2",
      "application/font-woff", "application/font-woff2");

  private final int minimumSize;
  private final List<Coding> codings;

  /** Gzip and deflate at level 6, for bodies from {@link #DEFAULT_MINIMUM_SIZE} bytes. */
  public Compress() {
    this(builder());
  }

  private Compress(Builder builder) {
    this.minimumSize = builder.minimumSize;
    this.codings = builder.codings;
  }

  /** A builder starting from the defaults of {@link #Compress()}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Gateway wrap(Gateway next) {
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      if (environ.method().equals("HEAD")) {
        return next.call(environ, startResponse);
      }
      HeldStart held = new HeldStart();
      Body body;
      try {
        body = next.call(environ, held);
      } finally {
        held.close();
      }
      if (!held.started() || body == null) {
        // A broken gateway: the server names what it did wrong.
        return body;
      }
      return respond(environ, held.status(), held.headers(), body, startResponse);
    });
  }

  private Body respond(Environ environ, int status, HeaderList headers, Body body,
      StartResponse startResponse) {
    if (!eligible(status, headers, body)) {
      startResponse.start(status, headers);
      return body;
    }
    // The answer depends on Accept-Encoding whichever coding this client gets, caches must know.
    headers = withVary(headers);
    Coding coding = negotiate(environ.headers().first("Accept-Encoding"));
    if (coding == null) {
      startResponse.start(status, headers);
      return body;
    }
    if (body instanceof Body.Bytes bytes) {
      byte[] compressed = coding.encodeAll(bytes);
      if (compressed.length >= bytes.length()) {
        startResponse.start(status, headers);
        return body;
      }
      startResponse.start(status, encoded(headers, coding)
          .withOnly("Content-Length", Integer.toString(compressed.length)));
      return Body.of(compressed);
    }
    Body.StreamWriter writer = ((Body.Stream) body).writer();
    startResponse.start(status, encoded(headers, coding).without("Content-Length"));
    return Body.stream(out -> {
      OutputStream encoder = coding.encoder().open(new KeptOpen(out));
      writer.writeTo(encoder);
      // Finishes the coding (the gzip trailer); the server closes the connection's stream.
      encoder.close();
    });
  }

  private boolean eligible(int status, HeaderList headers, Body body) {
    if (status < 200 || status == 204 || status == 206 || status == 304
        || headers.contains("Content-Range") || headers.contains("Content-Encoding")
        || noTransform(headers) || !compressible(headers.first("Content-Type"))) {
      return false;
    }
    if (body instanceof Body.Bytes bytes) {
      return bytes.length() >= minimumSize;
    }
    if (body instanceof Body.Stream) {
      String length = headers.first("Content-Length");
      return length == null || declaredLength(length) >= minimumSize;
    }
    return false;
  }

  /** The coding the client accepts with the highest quality, earlier codings winning ties. */
  private Coding negotiate(String acceptEncoding) {
    Coding best = null;
    double bestQuality = 0;
    for (Coding coding : codings) {
      double quality = AcceptHeader.encodingQuality(acceptEncoding, coding.name());
      if (quality > bestQuality) {
        best = coding;
        bestQuality = quality;
      }
    }
    return best;
  }

  private static HeaderList encoded(HeaderList headers, Coding coding) {
    HeaderList result = headers.with("Content-Encoding", coding.name()).without("Accept-Ranges");
    String etag = headers.first("ETag");
    if (etag != null && etag.startsWith("\"")) {
      result = result.withOnly("ETag", "W/" + etag);
    }
    return result;
  }

  /** {@code Vary} with {@code Accept-Encoding} merged into the values already there. */
  private static HeaderList withVary(HeaderList headers) {
    List<String> values = headers.all("Vary");
    for (String value : values) {
      for (String field : value.split(",")) {
        String name = field.trim();
        if (name.equals("*") || name.equalsIgnoreCase("Accept-Encoding")) {
          return headers;
        }
      }
    }
    String merged = values.stream().map(String::trim).filter(v -> !v.isEmpty())
        .reduce((a, b) -> a + ", " + b).map(v -> v + ", Accept-Encoding")
        .orElse("Accept-Encoding");
    return headers.withOnly("Vary", merged);
  }

  private static boolean noTransform(Headers headers) {
    for (String value : headers.all("Cache-Control")) {
      for (String directive : value.split(",")) {
        if (directive.trim().equalsIgnoreCase("no-transform")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a body of {@code contentType} is worth compressing: not compressed already. */
  static boolean compressible(String contentType) {
    if (contentType == null) {
      return true;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim().toLowerCase(Locale.ROOT);
    if (type.startsWith("image/")) {
      return type.equals("image/svg+xml");
    }
    return !type.startsWith("video/") && !type.startsWith("audio/")
        && !type.endsWith("+zip") && !type.endsWith("+gzip") && !COMPRESSED_TYPES.contains(type);
  }

  private static long declaredLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * A content coding: its name in {@code Accept-Encoding} and {@code Content-Encoding}, and how
   * to encode. The encoder's {@code flush()} must make all that was written so far decodable by
   * the client (zlib's sync flush), and its {@code close()} finishes the coding.
   *
   * @param name the coding's token, in lower case: {@code gzip}, {@code br}
   * @param encoder opens an encoding stream over the response's stream
   */
  public record Coding(String name, Encoder encoder) {
    /** Checks the name and the encoder. */
    public Coding {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(encoder, "encoder");
      name = name.toLowerCase(Locale.ROOT);
    }

    /** A coding of {@code name}, for a library's encoder: {@code of("br", BrotliOutputStream::new)}. */
    public static Coding of(String name, Encoder encoder) {
      return new Coding(name, encoder);
    }

    /** Gzip (RFC 1952) with the JDK's zlib at {@code level}, 1 (fastest) to 9 (smallest). */
    public static Coding gzip(int level) {
      checkLevel(level);
      return new Coding("gzip", out -> new GZIPOutputStream(out, 8192, true) {
        {
          def.setLevel(level);
        }
      });
    }

    /** Deflate, which HTTP means as zlib's format (RFC 1950), at {@code level}, 1 to 9. */
    public static Coding deflate(int level) {
      checkLevel(level);
      return new Coding("deflate", out -> new DeflaterOutputStream(out, true) {
        {
          def.setLevel(level);
        }
      });
    }

    private static void checkLevel(int level) {
      if (level < 1 || level > 9) {
        throw new IllegalArgumentException("A zlib level is 1 (fastest) to 9 (smallest), got "
            + level);
      }
    }

    byte[] encodeAll(Body.Bytes bytes) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length() / 3 + 64);
      try (OutputStream out = encoder.open(buffer)) {
        out.write(bytes.data(), bytes.offset(), bytes.length());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not " + name + "-encode a body in memory", e);
      }
      return buffer.toByteArray();
    }
  }

  /** Opens an encoding stream over the response's stream. */
  @FunctionalInterface
  public interface Encoder {
    /** An encoding stream writing to {@code out}. */
    OutputStream open(OutputStream out) throws IOException;
  }

  /** Builds a {@link Compress}. */
  public static final class Builder {
    private int minimumSize = DEFAULT_MINIMUM_SIZE;
    private List<Coding> codings = List.of(Coding.gzip(6), Coding.deflate(6));

    private Builder() {}

    /** Bytes bodies shorter than {@code bytes} are sent as they are. */
    public Builder minimumSize(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("The minimum size cannot be negative, got " + bytes);
      }
      this.minimumSize = bytes;
      return this;
    }

    /** The codings offered, the first preferred when the client accepts several as much. */
    public Builder codings(Coding... codings) {
      if (codings.length == 0) {
        throw new IllegalArgumentException("Give at least one coding, such as Coding.gzip(6)");
      }
      this.codings = List.of(codings);
      return this;
    }

    /** The middleware. */
    public Compress build() {
      return new Compress(this);
    }
  }

  /** The response's stream, which the server closes: closing the encoder only flushes it. */
  private static final class KeptOpen extends FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}

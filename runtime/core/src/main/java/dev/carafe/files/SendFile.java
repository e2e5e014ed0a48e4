package dev.carafe.files;

import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.config.Config;
import dev.carafe.gateway.HeaderList;
import dev.carafe.http.NotFound;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A file as the answer to a request, Flask's {@code send_file} and {@code send_from_directory}:
 * sent by the server without copying, with its type, {@code ETag} and {@code Last-Modified}, and
 * answering the request's {@code Range}, {@code If-Range}, {@code If-None-Match},
 * {@code If-Modified-Since} and {@code If-Match} (206, 304, 412, 416) as Werkzeug does.
 *
 * <pre>{@code
 * @Get("/uploads/<path:name>")
 * Response upload(String name) {
 *   return SendFile.sendFromDirectory(uploads, name);          // 404 for ../ and friends
 * }
 *
 * @Get("/report")
 * Response report() {
 *   return SendFile.file(Path.of("out/report-2026.pdf"))
 *       .asAttachment().downloadName("Bericht für März.pdf").maxAge(Duration.ofHours(1))
 *       .send();
 * }
 * }</pre>
 *
 * <p>What a response carries, as in Flask: {@code Content-Type} from the download name
 * ({@code application/octet-stream} when the name does not say, {@code ; charset=utf-8} on
 * text), {@code Content-Encoding} for a compressed name ({@code app.js.gz}) unless sent as an
 * attachment, {@code Content-Disposition} when there is a download name or an attachment,
 * {@code ETag} {@code "{mtime}-{size}-{adler32(path)}"} as Werkzeug computes it,
 * {@code Last-Modified}, and {@code Cache-Control: no-cache} unless a max age is set (by
 * {@link #maxAge} or {@link Config#SEND_FILE_MAX_AGE_DEFAULT}): then
 * {@code public, max-age=N} and {@code Expires}.
 *
 * <p>Where Carafe differs: a relative path is taken from the working directory (Flask: the
 * application's root path), and a file that is missing or not a regular file is
 * {@link NotFound} here too, where Flask's {@code send_file} fails with a 500.
 *
 * <p>An instance is immutable: each option returns a new one, so a configured one can be kept in
 * a constant and {@linkplain #send() sent} for many requests.
 */
public final class SendFile {
  /** Finds the file when it is sent; empty when there is none, or its name was refused. */
  private final Supplier<Optional<StoredFile>> file;
  private final String mimetype;
  private final boolean asAttachment;
  private final String downloadName;
  private final boolean conditional;
  private final boolean etag;
  private final String givenEtag;
  private final Instant lastModified;
  private final Duration maxAge;

  private SendFile(Supplier<Optional<StoredFile>> file, String mimetype, boolean asAttachment, String downloadName,
      boolean conditional, boolean etag, String givenEtag, Instant lastModified, Duration maxAge) {
    this.file = file;
    this.mimetype = mimetype;
    this.asAttachment = asAttachment;
    this.downloadName = downloadName;
    this.conditional = conditional;
    this.etag = etag;
    this.givenEtag = givenEtag;
    this.lastModified = lastModified;
    this.maxAge = maxAge;
  }

  /**
   * The file at {@code file}, with Flask's defaults, to be changed by the options and
   * {@linkplain #send() sent}. Never pass a path that came from the client: use
   * {@link #fromDirectory} for those.
   */
  public static SendFile file(Path file) {
    Objects.requireNonNull(file, "file");
    return new SendFile(() -> StoredFiles.file(file), null, false, null, true, true, null, null,
        null);
  }

  /**
   * The file {@code name} names inside {@code directory}, Flask's {@code send_from_directory}:
   * {@code name} may come from the client (a URL's {@code <path:name>}); one that could lead out
   * of the folder ({@code ..}, an absolute path, a backslash, a NUL, a Windows device name, a
   * symbolic link out) answers {@link NotFound} when sent, as does a missing file or a folder.
   */
  public static SendFile fromDirectory(Path directory, String name) {
    Objects.requireNonNull(directory, "directory");
    // A refused name is answered only when sent, so that options can be chained.
    return new SendFile(() -> SafeJoin.resolve(directory, name).flatMap(StoredFiles::file), null,
        false, null, true, true, null, null, null);
  }

  /**
   * The file {@code name} names inside the class path folder {@code folder} ({@code "static"} is
   * {@code src/main/resources/static} in a Maven project), from the build output or from a jar:
   * {@link #fromDirectory}'s rules for a name that may come from the client. A file on disk is
   * sent without copying; a jar's entry is read from the jar as it is sent, its {@code ETag} made
   * of its CRC-32 and size.
   *
   * @param loader the class loader whose class path holds the folder: the application's
   */
  public static SendFile fromResources(ClassLoader loader, String folder, String name) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(folder, "folder");
    return new SendFile(() -> StoredFiles.resource(loader, folder, name), null, false, null, true,
        true, null, null, null);
  }

  /** {@code file(file).send()}: Flask's {@code send_file(path)}. */
  public static Response sendFile(Path file) {
    return file(file).send();
  }

  /** {@code fromDirectory(directory, name).send()}: Flask's {@code send_from_directory}. */
  public static Response sendFromDirectory(Path directory, String name) {
    return fromDirectory(directory, name).send();
  }

  /** Sent as {@code mimetype} (charset added to text) rather than the type of its name. */
  public SendFile mimetype(String mimetype) {
    return new SendFile(file, Objects.requireNonNull(mimetype, "mimetype"), asAttachment,
        downloadName, conditional, etag, givenEtag, lastModified, maxAge);
  }

  /** Offered to be saved ({@code Content-Disposition: attachment}) rather than shown. */
  public SendFile asAttachment() {
    return new SendFile(file, mimetype, true, downloadName, conditional, etag, givenEtag,
        lastModified, maxAge);
  }

  /** The name a browser saves it under, and whose type it is sent as; the file's own by default. */
  public SendFile downloadName(String name) {
    return new SendFile(file, mimetype, asAttachment, Objects.requireNonNull(name, "name"),
        conditional, etag, givenEtag, lastModified, maxAge);
  }

  /** Whether ranges and validators are answered (206, 304, 412, 416); on by default. */
  public SendFile conditional(boolean on) {
    return new SendFile(file, mimetype, asAttachment, downloadName, on, etag, givenEtag,
        lastModified, maxAge);
  }

  /** Whether an {@code ETag} is sent, Werkzeug's own of the file; on by default. */
  public SendFile etag(boolean on) {
    return new SendFile(file, mimetype, asAttachment, downloadName, conditional, on, null,
        lastModified, maxAge);
  }

  /**
   * Sent with the strong {@code ETag} {@code "tag"} rather than Werkzeug's.
   *
   * @throws IllegalArgumentException when the tag holds a quote
   */
  public SendFile etag(String tag) {
    EntityTags.quote(tag, false);
    return new SendFile(file, mimetype, asAttachment, downloadName, conditional, true, tag,
        lastModified, maxAge);
  }

  /** Sent as last changed at {@code instant} rather than at the file's modification time. */
  public SendFile lastModified(Instant instant) {
    return new SendFile(file, mimetype, asAttachment, downloadName, conditional, etag, givenEtag,
        Objects.requireNonNull(instant, "instant"), maxAge);
  }

  /**
   * Cached by browsers for {@code age} ({@code Cache-Control: public, max-age=N} and
   * {@code Expires}) rather than {@code SEND_FILE_MAX_AGE_DEFAULT}'s or revalidated each time.
   */
  public SendFile maxAge(Duration age) {
    if (age.isNegative()) {
      throw new IllegalArgumentException("A max age is not negative, got " + age);
    }
    return new SendFile(file, mimetype, asAttachment, downloadName, conditional, etag, givenEtag,
        lastModified, age);
  }

  /**
   * The response for the request being handled ({@link RequestContext#current()}); made
   * conditional on it unless {@linkplain #conditional(boolean) turned off}.
   *
   * @throws NotFound when the file is missing, not a regular file, or its name was refused
   * @throws dev.carafe.http.RequestedRangeNotSatisfiable for a range that cannot be satisfied
   */
  public Response send() {
    StoredFile stored = file.get().orElseThrow(NotFound::new);
    String name = downloadName != null ? downloadName : stored.name();
    HeaderList headers = HeaderList.empty();
    String type = mimetype;
    if (type == null) {
      MimeTypes.Guess guess = MimeTypes.guess(name);
      type = guess.type() != null ? guess.type() : Response.BINARY;
      // An attachment is saved as it is; a browser would unpack a .tar.gz it was told is gzip.
      if (guess.encoding() != null && !asAttachment) {
        headers = headers.with("Content-Encoding", guess.encoding());
      }
    }
    headers = headers.with("Content-Disposition", ContentDisposition.of(name, asAttachment));
    headers = cacheHeaders(headers);
    String tag = !etag ? null
        : EntityTags.quote(givenEtag != null ? givenEtag : stored.etag(), false);
    Representation representation = stored.representation(Optional.ofNullable(tag),
        Optional.of(lastModified != null ? lastModified : stored.lastModified()),
        MimeTypes.contentType(type));
    Conditional.Answer answer;
    if (conditional) {
      Request request = RequestContext.current().request();
      answer = Conditional.answer(request.method(), request.headers(), representation, headers);
    } else {
      answer = Conditional.whole(representation, headers);
    }
    return Response.of(answer.status(), answer.headers(), answer.body());
  }

  private HeaderList cacheHeaders(HeaderList headers) {
    Duration age = maxAge;
    if (age == null && RequestContext.active()) {
      age = RequestContext.current().app().config()
          .find(Config.SEND_FILE_MAX_AGE_DEFAULT).orElse(null);
    }
    if (age == null) {
      return headers.with("Cache-Control", "no-cache");
    }
    long seconds = age.getSeconds();
    String cacheControl = seconds > 0 ? "public, max-age=" + seconds : "no-cache, max-age=0";
    Instant expires = Instant.ofEpochSecond(Instant.now().getEpochSecond() + seconds);
    return headers.with("Cache-Control", cacheControl).with("Expires", HttpDate.format(expires));
  }
}

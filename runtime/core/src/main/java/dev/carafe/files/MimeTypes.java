package dev.carafe.files;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The type (and compression) of a file from its name, as Werkzeug's {@code send_file} asks
 * Python's {@code mimetypes.guess_type}, and the {@code Content-Type} Werkzeug makes of it.
 *
 * <p>The table is Carafe's own, explicit and the same everywhere: Python's answer depends on the
 * machine's {@code /etc/mime.types} ({@code .js} is {@code application/javascript} or
 * {@code text/javascript} depending on it), and so do the JDK's {@code probeContentType} and
 * {@code FileNameMap}. It follows Python's built-in table and the IANA registrations for the
 * common web types. Python's suffix and compression rules are kept: {@code app.js.gz} is
 * JavaScript compressed with gzip, {@code a.tgz} a tar compressed with gzip.
 */
final class MimeTypes {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry(".css", "text/css"), Map.entry(".js", "text/javascript"),
      Map.entry(".mjs", "text/javascript"), Map.entry(".json", "application/json"),
      Map.entry(".map", "application/json"), Map.entry(".jsonld", "application/ld+json"),
      Map.entry(".webmanifest", "application/manifest+json"), Map.entry(".html", "text/html"),
      Map.entry(".htm", "text/html"), Map.entry(".xhtml", "application/xhtml+xml"),
      Map.entry(".xml", "text/xml"), Map.entry(".txt", "text/plain"),
      Map.entry(".csv", "text/csv"), Map.entry(".md", "text/markdown"),
      Map.entry(".ics", "text/calendar"), Map.entry(".svg", "image/svg+xml"),
      Map.entry(".png", "image/png"), Map.entry(".apng", "image/apng"),
      Map.entry(".jpg", "image/jpeg"), Map.entry(".jpeg", "image/jpeg"),
      Map.entry(".gif", "image/gif"), Map.entry(".webp", "image/webp"),
      Map.entry(".avif", "image/avif"), Map.entry(".ico", "image/vnd.microsoft.icon"),
      Map.entry(".bmp", "image/bmp"), Map.entry(".tif", "image/tiff"),
      Map.entry(".tiff", "image/tiff"), Map.entry(".woff", "font/woff"),
      Map.entry(".woff2", "font/woff2"), Map.entry(".ttf", "font/ttf"),
      Map.entry(".otf", "font/otf"), Map.entry(".eot", "application/vnd.ms-fontobject"),
      Map.entry(".pdf", "application/pdf"), Map.entry(".zip", "application/zip"),
      Map.entry(".tar", "application/x-tar"), Map.entry(".7z", "application/x-7z-compressed"),
      Map.entry(".wasm", "application/wasm"), Map.entry(".mp4", "video/mp4"),
      Map.entry(".webm", "video/webm"), Map.entry(".ogv", "video/ogg"),
      Map.entry(".mov", "video/quicktime"), Map.entry(".mp3", "audio/mpeg"),
      Map.entry(".ogg", "audio/ogg"), Map.entry(".oga", "audio/ogg"),
      Map.entry(".opus", "audio/opus"), Map.entry(".flac", "audio/flac"),
      Map.entry(".wav", "audio/x-wav"), Map.entry(".m4a", "audio/mp4"),
      Map.entry(".aac", "audio/aac"), Map.entry(".rss", "application/rss+xml"),
      Map.entry(".atom", "application/atom+xml"), Map.entry(".yaml", "application/yaml"),
      Map.entry(".yml", "application/yaml"), Map.entry(".rtf", "application/rtf"),
      Map.entry(".bin", "application/octet-stream"), Map.entry(".exe", "application/octet-stream"));

  /** Python's {@code encodings_map}, matched with case. */
  private static final Map<String, String> ENCODINGS = Map.of(".gz", "gzip", ".Z", "compress",
      ".bz2", "bzip2", ".xz", "xz", ".br", "br");

  /** Python's {@code suffix_map}: short names for a type and a compression. */
  private static final Map<String, String> SUFFIXES = Map.of(".svgz", ".svg.gz", ".tgz",
      ".tar.gz", ".taz", ".tar.gz", ".tz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz");

  /** Werkzeug's {@code _charset_mimetypes}: text that is not {@code text/*}. */
  private static final Set<String> TEXT_TYPES = Set.of("application/ecmascript",
      "application/javascript", "application/sql", "application/xml", "application/xml-dtd",
      "application/xml-external-parsed-entity");

  private MimeTypes() {}

  /**
   * A file name's type and compression.
   *
   * @param type the MIME type, or {@code null} when the name does not say
   * @param encoding the {@code Content-Encoding} its compression is ({@code gzip}), or {@code null}
   */
  public record Guess(String type, String encoding) {}

  /** Python's {@code guess_type(name)} over Carafe's table. */
  public static Guess guess(String name) {
    String base = name;
    String ext = extension(base);
    String mapped;
    while ((mapped = SUFFIXES.get(ext.toLowerCase(Locale.ROOT))) != null) {
      base = base.substring(0, base.length() - ext.length()) + mapped;
      ext = extension(base);
    }
    String encoding = ENCODINGS.get(ext);
    if (encoding != null) {
      base = base.substring(0, base.length() - ext.length());
      ext = extension(base);
    }
    return new Guess(TYPES.get(ext.toLowerCase(Locale.ROOT)), encoding);
  }

  /**
   * Werkzeug's {@code get_content_type(mimetype, "utf-8")}: {@code ; charset=utf-8} added to
   * {@code text/*}, to {@code +xml} types and to the few other textual types.
   */
  public static String contentType(String mimetype) {
    if (mimetype.startsWith("text/") || TEXT_TYPES.contains(mimetype) || mimetype.endsWith("+xml")) {
      return mimetype + "; charset=utf-8";
    }
    return mimetype;
  }

  /** {@code posixpath.splitext}'s extension: from the last dot of the last segment, not leading. */
  private static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash) {
      return "";
    }
    int start = slash + 1;
    while (start < dot && path.charAt(start) == '.') {
      start++;
    }
    return start == dot ? "" : path.substring(dot);
  }
}

package dev.carafe.internal.files;

import dev.carafe.AcceptHeader;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.files.SendFile;
import dev.carafe.http.NotFound;
import java.time.Duration;
import java.util.Objects;

/**
 * The application's static folder on the class path, served by the {@code static} endpoint as
 * Flask's {@code send_static_file}: {@link SendFile#fromResources} with the folder's extras that
 * the build made possible (see {@link StaticAssets}):
 *
 * <ul>
 *   <li>a request for a file's fingerprinted name gets the file with
 *       {@code Cache-Control: public, max-age=31536000, immutable}, since that URL changes
 *       whenever the file does; its plain name keeps Flask's caching
 *       ({@code SEND_FILE_MAX_AGE_DEFAULT}, else {@code no-cache} with validators);
 *   <li>a client that accepts Brotli or gzip gets the file's {@code .br} or {@code .gz} sibling,
 *       with {@code Content-Encoding}, the file's own type and name, and its own tag; every
 *       answer for a file with siblings says {@code Vary: Accept-Encoding}.
 * </ul>
 */
public final class StaticFolder {
  /** A year, the longest time RFC 9111 lets a cache hold a response as fresh in practice. */
  private static final Duration YEAR = Duration.ofDays(365);
  private static final String IMMUTABLE = "public, max-age=" + YEAR.getSeconds() + ", immutable";

  private final ClassLoader loader;
  private final String folder;
  private final StaticAssets assets;

  private StaticFolder(ClassLoader loader, String folder, StaticAssets assets) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.assets = Objects.requireNonNull(assets, "assets");
  }

  /**
   * The folder {@code folder} of the class path that loaded {@code application}, whose files the
   * build saw as {@code assets}; the generated code calls this.
   */
  public static StaticFolder of(Class<?> application, String folder, StaticAssets assets) {
    return new StaticFolder(application.getClassLoader(), folder, assets);
  }

  /** The files the build saw in the folder. */
  public StaticAssets assets() {
    return assets;
  }

  /**
   * The answer to {@code request} for {@code filename}, a path variable: untrusted.
   *
   * @throws NotFound when the folder has no such file or the name could lead out of it
   */
  public Response serve(Request request, String filename) {
    StaticAssets.Asset fingerprinted = assets.fingerprinted(filename);
    String name = fingerprinted != null ? fingerprinted.name() : filename;
    StaticAssets.Asset asset = fingerprinted != null ? fingerprinted : assets.named(name);
    String coding = asset == null ? null : coding(request.header("Accept-Encoding"), asset);
    SendFile send;
    if (coding != null) {
      // Sent under the file's own name, so its type is the file's and not the archive's.
      send = SendFile.fromResources(loader, folder, name + (coding.equals("br") ? ".br" : ".gz"))
          .downloadName(name.substring(name.lastIndexOf('/') + 1));
    } else {
      send = SendFile.fromResources(loader, folder, name);
    }
    if (fingerprinted != null) {
      send = send.maxAge(YEAR);
    }
    Response response = send.send();
    if (coding != null && response.status() != 304) {
      response = response.withOnlyHeader("Content-Encoding", coding);
    }
    if (fingerprinted != null) {
      response = response.withOnlyHeader("Cache-Control", IMMUTABLE);
    }
    if (asset != null && (asset.brotli() || asset.gzip())) {
      response = response.withHeader("Vary", "Accept-Encoding");
    }
    return response;
  }

  /** The coding of the sibling to send: Brotli over gzip at equal quality, or {@code null}. */
  private static String coding(String acceptEncoding, StaticAssets.Asset asset) {
    double brotli = asset.brotli() ? AcceptHeader.encodingQuality(acceptEncoding, "br") : 0;
    double gzip = asset.gzip() ? AcceptHeader.encodingQuality(acceptEncoding, "gzip") : 0;
    if (brotli > 0 && brotli >= gzip) {
      return "br";
    }
    return gzip > 0 ? "gzip" : null;
  }
}

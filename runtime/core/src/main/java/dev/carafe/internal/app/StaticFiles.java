package dev.carafe.internal.app;

import dev.carafe.App;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.http.NotFound;
import dev.carafe.internal.files.StaticAssets;
import dev.carafe.internal.files.StaticFolder;

/**
 * The handler of the {@code static} endpoint, Flask's {@code send_static_file}, and the names its
 * URLs carry. Generated code routes {@code staticUrlPath + "/<path:filename>"} here.
 */
public final class StaticFiles {
  private StaticFiles() {}

  /**
   * The answer to a request for {@code filename} in the static folder of the current request's
   * application.
   *
   * @throws NotFound when the folder has no such file, or the name could lead out of it
   */
  public static Response serve(Request request, String filename) {
    App app = RequestContext.current().app();
    StaticFolder folder = app instanceof CompiledApp ? ((CompiledApp) app).staticFolder() : null;
    if (folder == null) {
      throw new NotFound();
    }
    return folder.serve(request, filename);
  }

  /**
   * The name the URL of static file {@code filename} carries: its fingerprinted name where the
   * build saw the file, except in debug mode, where a file edited since the build must not be
   * kept by the browser under its old fingerprint.
   */
  public static String urlName(StaticAssets assets, String filename) {
    if (RequestContext.active() && RequestContext.current().app().debug()) {
      return filename;
    }
    StaticAssets.Asset asset = assets.named(filename);
    return asset == null ? filename : asset.fingerprinted();
  }
}

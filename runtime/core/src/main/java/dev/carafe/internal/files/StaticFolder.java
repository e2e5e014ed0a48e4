package dev.carafe.internal.files;

import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.config.Config;
import dev.carafe.http.NotFound;

/** WIP. */
public final class StaticFolder {
  private final ClassLoader loader;
  private final String folder;
  private final StaticAssets assets;

  private StaticFolder(ClassLoader loader, String folder, StaticAssets assets) {
    this.loader = loader;
    this.folder = folder;
    this.assets = assets;
  }

  public static StaticFolder of(Class<?> application, String folder, StaticAssets assets) {
    return new StaticFolder(application.getClassLoader(), folder, assets);
  }

  public StaticAssets assets() {
    return assets;
  }

  public Response serve(Request request, String filename, Config config) {
    throw new NotFound();
  }
}

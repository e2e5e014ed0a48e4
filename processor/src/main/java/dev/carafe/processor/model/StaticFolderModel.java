package dev.carafe.processor.model;

import java.util.List;

/**
 * The application's static folder, Flask's {@code static_folder}: where its files are on the class
 * path, the endpoint that serves them, and the files the build saw there.
 *
 * @param folder the resource folder, from the root of the class path
 * @param endpoint the {@code static} endpoint that serves the folder
 * @param assets each file of the folder with its content hash, in name order; empty when the
 *     folder was not found at build time
 */
public record StaticFolderModel(String folder, EndpointModel endpoint, List<Asset> assets) {

  /**
   * A file of the static folder.
   *
   * @param name its path in the folder, with {@code /} between folders
   * @param fingerprinted the same path with a hash of its content before the extension
   * @param brotli whether a {@code .br} sibling holds it compressed
   * @param gzip whether a {@code .gz} sibling holds it compressed
   */
  public record Asset(String name, String fingerprinted, boolean brotli, boolean gzip) {

    /** The encodings of its siblings as the runtime's table gives them. */
    public String encodings() {
      return brotli && gzip ? "br,gzip" : brotli ? "br" : gzip ? "gzip" : "";
    }
  }
}

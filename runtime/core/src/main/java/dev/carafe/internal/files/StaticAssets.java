package dev.carafe.internal.files;

import java.util.HashMap;
import java.util.Map;

/**
 * The static folder as the processor read it at build time: for each file, the fingerprinted name
 * its URL carries (its content hash before the extension, {@code css/app.3f2a1b9c0d4e.css}) and
 * whether a {@code .gz} or {@code .br} sibling holds it precompressed.
 *
 * <p>A fingerprinted URL changes whenever the file does, so its answer may be kept by browsers and
 * proxies for a year; a file added after the build has no entry and is served under its own name
 * only.
 */
public final class StaticAssets {
  /** The assets of an application whose static folder was not seen at build time. */
  public static final StaticAssets NONE = new StaticAssets(new String[0]);

  private final Map<String, Asset> byName = new HashMap<>();
  private final Map<String, Asset> byFingerprint = new HashMap<>();

  private StaticAssets(String[] table) {
    for (int i = 0; i + 2 < table.length; i += 3) {
      String encodings = table[i + 2];
      Asset asset = new Asset(table[i], table[i + 1], encodings.contains("br"),
          encodings.contains("gzip"));
      byName.put(asset.name(), asset);
      byFingerprint.put(asset.fingerprinted(), asset);
    }
  }

  /**
   * The assets of a table the processor wrote: for each file its name in the folder, its
   * fingerprinted name, and its precompressed siblings ({@code "br,gzip"}, {@code "gzip"}, or
   * empty), three texts a file.
   */
  public static StaticAssets read(String[] table) {
    if (table.length % 3 != 0 && !(table.length == 1 && table[0].isEmpty())) {
      throw new IllegalArgumentException("A static asset table holds three texts a file, not "
          + table.length);
    }
    return new StaticAssets(table);
  }

  /** The file of that name in the folder, or {@code null} when the build did not see one. */
  public Asset named(String name) {
    return byName.get(name);
  }

  /** The file whose fingerprinted name {@code name} is, or {@code null} when it is none. */
  public Asset fingerprinted(String name) {
    return byFingerprint.get(name);
  }

  /** How many files the build saw. */
  public int size() {
    return byName.size();
  }

  /**
   * One file of the static folder.
   *
   * @param name its path in the folder, with {@code /} between folders
   * @param fingerprinted the same path with the content hash before the extension
   * @param brotli whether {@code name + ".br"} holds it compressed with Brotli
   * @param gzip whether {@code name + ".gz"} holds it compressed with gzip
   */
  public record Asset(String name, String fingerprinted, boolean brotli, boolean gzip) {}
}

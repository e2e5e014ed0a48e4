package dev.carafe.files;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;

/** Finds the files {@code send_file} sends: on disk, or in a folder of the class path. */
final class StoredFiles {
  private StoredFiles() {}

  /** The regular file at {@code path}, or empty when there is none that can be read. */
  public static Optional<StoredFile> file(Path path) {
    try {
      FileStat stat = FileStat.of(path);
      return stat.regularFile() ? Optional.of(stat) : Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The file {@code name}, untrusted, names in the class path folder {@code folder}, or empty
   * when the name is refused as {@link SafeJoin} refuses it, when there is no such regular file,
   * or when a symbolic link leads out of the folder. From a folder on disk (an application run
   * from its build output) the file is sent without copying; from a jar, it is read as sent.
   */
  public static Optional<StoredFile> resource(ClassLoader loader, String folder, String name) {
    String relative = SafeJoin.normalized(name);
    if (relative == null) {
      return Optional.empty();
    }
    URL url = loader.getResource(folder.isEmpty() ? relative : folder + "/" + relative);
    if (url == null) {
      return Optional.empty();
    }
    try {
      if (url.getProtocol().equals("file")) {
        return onDisk(Path.of(url.toURI()), relative);
      }
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection) {
        JarEntry entry = ((JarURLConnection) connection).getJarEntry();
        if (entry != null && !entry.isDirectory()) {
          return Optional.of(new JarResource(((JarURLConnection) connection).getJarFile(), entry));
        }
      }
      return Optional.empty();
    } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The file at {@code path}, which the class path gave for {@code relative}, if it stays in. */
  private static Optional<StoredFile> onDisk(Path path, String relative) {
    Path root = path;
    for (int segments = relative.split("/").length; segments > 0 && root != null; segments--) {
      root = root.getParent();
    }
    if (root == null) {
      return Optional.empty();
    }
    return SafeJoin.resolve(root, relative).flatMap(StoredFiles::file);
  }
}

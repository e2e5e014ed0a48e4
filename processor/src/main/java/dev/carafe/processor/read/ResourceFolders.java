package dev.carafe.processor.read;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the application's resource folders (its static files, its templates) are on disk while
 * it compiles. Maven copies resources into the class output before it compiles, so the processor
 * finds {@code target/classes/static} there; a build that keeps resources elsewhere (Gradle's
 * {@code build/resources/main}) passes that directory as {@code -Acarafe.resources=DIR}.
 */
final class ResourceFolders {
  /** The processor option naming the directory that holds the resource folders. */
  static final String RESOURCES_OPTION = "carafe.resources";
  /** The name asked for inside a folder, to learn where the folder is. */
  private static final String PROBE = ".carafe-folder";

  private ResourceFolders() {}

  /**
   * Whether {@code folder} names a folder from the root of the class path: no leading or
   * trailing slash, no backslash, no {@code .} or {@code ..} segment.
   */
  static boolean isFolderName(String folder) {
    List<String> segments = List.of(folder.split("/"));
    return !folder.startsWith("/") && !folder.endsWith("/") && !folder.contains("\\")
        && !segments.contains("..") && !segments.contains(".");
  }

  /**
   * The folder on disk: under {@code -Acarafe.resources} when given, else in the class output,
   * where Maven has copied the resources; {@code null} when neither holds it.
   */
  static Path directory(ProcessingEnvironment environment, String folder) {
    String resources = environment.getOptions().get(RESOURCES_OPTION);
    if (resources != null) {
      return Paths.get(resources).resolve(folder);
    }
    try {
      // javac refuses a FileObject for a directory ("directories not supported"), so ask for a
      // name inside the folder, which is never read or written, and take its parent.
      FileObject inside = environment.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
          folder + "/" + PROBE);
      URI uri = inside.toUri();
      return "file".equals(uri.getScheme()) ? Paths.get(uri).getParent() : null;
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      // The class output is not a directory this process can read (an in-memory file manager).
      return null;
    }
  }
}

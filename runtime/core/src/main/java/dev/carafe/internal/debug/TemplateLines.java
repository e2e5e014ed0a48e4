package dev.carafe.internal.debug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jte template behind a frame of a class jte generated from it ({@code JteindexGenerated}),
 * found as jte finds it for its own error messages: the generated source names its template
 * ({@code JTE_NAME}) and maps each of its lines to the template's ({@code JTE_LINE_INFO}). Both
 * are read from the generated source's text, not from the class: the page loads no class.
 */
final class TemplateLines {
  private static final Pattern NAME = Pattern.compile("JTE_NAME\\s*=\\s*\"([^\"\\\\]+)\"");
  private static final Pattern LINES = Pattern.compile("JTE_LINE_INFO\\s*=\\s*\\{([0-9,\\s]*)}");
  /** How deep under a resource folder the template folder may be ({@code web/templates/...}). */
  private static final int DEEPEST = 12;

  private TemplateLines() {}

  /** Whether {@code fileName} is that of a class jte generates: {@code Jte<name>Generated.java}. */
  static boolean isTemplateClass(String fileName) {
    return fileName.startsWith("Jte") && fileName.endsWith("Generated.java");
  }

  /**
   * The lines around the template line that line {@code javaLine} of {@code generated} renders,
   * from the template found under one of {@code resources}; or {@code null} when the source has
   * no line map, maps no line there, or the template is not at hand.
   */
  static SourceExcerpt excerpt(Path generated, int javaLine, List<Path> resources, int context) {
    String source;
    try {
      source = Files.readString(generated, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
    Matcher name = NAME.matcher(source);
    Matcher lines = LINES.matcher(source);
    if (!name.find() || !lines.find() || javaLine < 1) {
      return null;
    }
    String[] map = lines.group(1).split(",");
    if (javaLine > map.length || map[javaLine - 1].isBlank()) {
      return null;
    }
    // jte's own reading of its map (TemplateLoader.resolveLineNumber): the entry, plus one.
    int templateLine = Integer.parseInt(map[javaLine - 1].strip()) + 1;
    Path template = find(name.group(1), resources);
    if (template == null) {
      return null;
    }
    return new SourceRoots.SourceFile(template, relativeName(template, name.group(1)), false)
        .excerpt(templateLine, context);
  }

  /** The template's path as the page names it: its template folder and its name. */
  private static String relativeName(Path template, String name) {
    int segments = Path.of(name).getNameCount();
    Path folder = template;
    for (int i = 0; i < segments && folder != null; i++) {
      folder = folder.getParent();
    }
    return folder == null || folder.getFileName() == null ? name : folder.getFileName() + "/" + name;
  }

  private static Path find(String name, List<Path> resources) {
    Path relative;
    try {
      relative = Path.of(name);
    } catch (InvalidPathException e) {
      return null;
    }
    if (relative.isAbsolute() || relative.normalize().startsWith("..")) {
      return null;
    }
    for (Path root : resources) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root, DEEPEST)) {
        Optional<Path> found = files.filter(file -> file.endsWith(relative))
            .filter(Files::isRegularFile).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
      } catch (IOException | UncheckedIOException e) {
        // An unreadable folder holds no template the page can show.
      }
    }
    return null;
  }
}

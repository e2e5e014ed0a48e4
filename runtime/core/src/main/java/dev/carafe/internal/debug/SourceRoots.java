package dev.carafe.internal.debug;

import dev.carafe.config.Config;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the debug page looks for the source of a frame: the class's package as folders under
 * each root, and the frame's file name. By default the conventional Maven and Gradle folders under
 * the working directory ({@code src/main/java}, {@code src/test/java}), or the folders the
 * application's own key {@code DEBUG_SOURCE_ROOTS} lists (separated by the platform's path
 * separator, {@code :} or {@code ;}); and always the folders where the annotation processor writes
 * the generated application ({@code target/generated-sources/annotations}, ...), whose frames
 * are the framework's to the reader.
 */
final class SourceRoots {
  /** The application's own key that lists the folders of its sources. */
  static final String KEY = "DEBUG_SOURCE_ROOTS";
  /** Larger files are not read: no source of a frame is that large, and the page stays quick. */
  private static final long LARGEST_SOURCE = 2_000_000;

  private static final List<String> CONVENTIONAL = List.of("src/main/java", "src/test/java");
  private static final List<String> GENERATED = List.of("target/generated-sources/annotations",
      "target/generated-test-sources/test-annotations",
      "build/generated/sources/annotationProcessor/java/main",
      "build/generated/sources/annotationProcessor/java/test");

  private final List<Path> sources;
  private final List<Path> generated;
  /** The resource folders beside the source folders, where templates are. */
  private final List<Path> resources;

  SourceRoots(List<Path> sources, List<Path> generated) {
    this.sources = List.copyOf(sources);
    this.generated = List.copyOf(generated);
    List<Path> resources = new ArrayList<>();
    for (Path root : sources) {
      Path parent = root.toAbsolutePath().getParent();
      if (parent != null) {
        resources.add(parent.resolve("resources"));
      }
    }
    this.resources = List.copyOf(resources);
  }

  /** The roots {@code config} names, or the conventional ones, under the working directory. */
  static SourceRoots of(Config config) {
    Path here = Path.of("");
    List<Path> sources = new ArrayList<>();
    String listed = config.find(KEY).orElse("").strip();
    if (listed.isEmpty()) {
      CONVENTIONAL.forEach(root -> sources.add(here.resolve(root)));
    } else {
      for (String root : listed.split(File.pathSeparator)) {
        try {
          if (!root.isBlank()) {
            sources.add(Path.of(root.strip()));
          }
        } catch (InvalidPathException e) {
          // Not a path on this system: it cannot hold a source either.
        }
      }
    }
    List<Path> generated = new ArrayList<>();
    GENERATED.forEach(root -> generated.add(here.resolve(root)));
    return new SourceRoots(sources, generated);
  }

  /** Whether any of the application's own roots exists: whether its sources are at hand. */
  boolean present() {
    return sources.stream().anyMatch(Files::isDirectory);
  }

  /**
   * The source of {@code frame}, or {@code null} when no root has it (or the frame names no
   * file, or a file name that is not a plain name).
   */
  SourceFile find(StackTraceElement frame) {
    String file = frame.getFileName();
    if (file == null || file.isEmpty() || file.contains("/") || file.contains("\\")
        || file.startsWith(".")) {
      return null;
    }
    String className = frame.getClassName();
    int dot = className.lastIndexOf('.');
    String folders = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
    String relative = folders + file;
    for (Path root : sources) {
      Path candidate = root.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return new SourceFile(candidate, relative, false);
      }
    }
    for (Path root : generated) {
      Path candidate = root.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return new SourceFile(candidate, relative, true);
      }
    }
    return null;
  }

  /**
   * The template lines behind a frame of a class jte generated, whose source is
   * {@code generated}; or {@code null} when the frame is of other generated code or the template
   * is not at hand.
   */
  SourceExcerpt template(SourceFile generated, StackTraceElement frame, int context) {
    if (!TemplateLines.isTemplateClass(generated.path().getFileName().toString())) {
      return null;
    }
    return TemplateLines.excerpt(generated.path(), frame.getLineNumber(), resources, context);
  }

  /**
   * A source file of a frame.
   *
   * @param path where it is
   * @param relative its path under its root, as the page names it
   * @param generated whether the annotation processor wrote it
   */
  record SourceFile(Path path, String relative, boolean generated) {
    /**
     * The lines of the file from {@code around - context} to {@code around + context}, or
     * {@code null} when it cannot be read as UTF-8 or is not that long.
     */
    SourceExcerpt excerpt(int around, int context) {
      List<String> lines;
      try {
        if (Files.size(path) > LARGEST_SOURCE) {
          return null;
        }
        lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        // Not UTF-8 (MalformedInputException), gone since it was found, unreadable: no lines.
        return null;
      }
      if (around < 1 || around > lines.size()) {
        return null;
      }
      int first = Math.max(1, around - context);
      int last = Math.min(lines.size(), around + context);
      return new SourceExcerpt(relative, first, around, lines.subList(first - 1, last));
    }
  }
}

package dev.carafe.reload;

import dev.carafe.processor.CarafeProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the whole application with javac in this process, as the project's build does:
 * {@code --release 17}, {@code -parameters}, Carafe's processor, the resources folder given to
 * it, into a folder of its own.
 *
 * <p>Every source is compiled each time, not only the one saved: the processor generates one
 * dispatch table, URL builders and templates class from all the routes and templates together,
 * so a change anywhere can change them. javac in a warm JVM compiles a small application in well
 * under a second.
 */
final class ApplicationCompiler implements AutoCloseable {
  /** Lines shown before and after the line of an error. */
  private static final int CONTEXT = 3;

  private final Project project;
  private final JavaCompiler javac;
  /**
   * Kept from one build to the next: it holds the class path's jars and the JDK's release 17
   * signatures open and indexed, which a fresh one reads again each time (a third of a small
   * application's compile, measured on Flaskr).
   */
  private final StandardJavaFileManager files;

  ApplicationCompiler(Project project) {
    this.project = project;
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("No Java compiler in this JVM (" + System.getProperty(
          "java.home") + "): run Maven on a JDK, not a JRE");
    }
    // Diagnostics go to each task's listener; the file manager's own are only about bad paths.
    this.files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
  }

  /** Compiles the sources into {@code output/classes}, with generated sources in {@code output/generated}. */
  Compilation compile(Path output) {
    Path classes = output.resolve("classes");
    Path generated = output.resolve("generated");
    try {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> sources = sources();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-parameters",
        "-encoding", "UTF-8"));
    if (!project.resourceDirs().isEmpty()) {
      options.add("-Acarafe.resources=" + project.resourceDirs().get(0));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    ApplicationFinder finder = new ApplicationFinder();
    boolean compiled;
    try {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, project.compileClasspath());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new CarafeProcessor(), finder));
      compiled = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CompileError> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(error(diagnostic));
      }
    }
    if (!compiled && errors.isEmpty()) {
      errors.add(new CompileError("javac failed without saying why", null, 0, 0, 0, List.of()));
    }
    return new Compilation(classes, finder.applications(), errors);
  }

  private List<Path> sources() {
    List<Path> sources = new ArrayList<>();
    for (Path root : project.sourceRoots()) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
            .forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /** Lets go of the jars the file manager holds open. */
  @Override
  public void close() {
    try {
      files.close();
    } catch (IOException ignored) {
      // Only files to let go of.
    }
  }

  private static CompileError error(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    JavaFileObject source = diagnostic.getSource();
    if (source == null) {
      return new CompileError(message, null, 0, 0, 0, List.of());
    }
    Path file = Path.of(source.toUri());
    long line = Math.max(0, diagnostic.getLineNumber());
    long column = Math.max(0, diagnostic.getColumnNumber());
    List<String> all;
    try {
      all = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      all = List.of();
    }
    if (line == 0 || all.isEmpty()) {
      return new CompileError(message, file.toString(), line, column, 0, List.of());
    }
    int first = (int) Math.max(1, line - CONTEXT);
    int last = (int) Math.min(all.size(), line + CONTEXT);
    return new CompileError(message, file.toString(), line, column, first,
        first <= last ? all.subList(first - 1, last) : List.of());
  }
}

package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.TemplatesModel;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.resolve.DirectoryCodeResolver;
import gg.jte.runtime.ClassInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the application's templates folder, Flask's {@code template_folder}, and has jte's
 * compiler turn each {@code .jte} file into Java: the processor hands the sources to javac, so a
 * template is compiled, and checked, with the application. A template jte cannot parse is a
 * compiler error naming the file, the line and jte's message.
 *
 * <p>The folder is found as the static folder is ({@link ResourceFolders}); one the build cannot
 * see means no templates. The classes go to the package {@code <application package>.templates},
 * under jte's names ({@code auth/login.jte} is {@code templates.auth.JteloginGenerated}), with
 * their text as UTF-8 bytes in a resource beside them, so that rendering writes bytes as they are.
 */
final class TemplateReader {
  /** jte's message: "Failed to compile auth/login.jte, error at line 4: Missing @endif". */
  private static final Pattern JTE_ERROR = Pattern.compile(
      "Failed to compile (.+), error at line (\\d+): (.*)", Pattern.DOTALL);

  private final ProcessingEnvironment environment;
  private final Diagnostics diagnostics;

  TemplateReader(ProcessingEnvironment environment, Diagnostics diagnostics) {
    this.environment = environment;
    this.diagnostics = diagnostics;
  }

  /**
   * The templates of {@code application}, or {@code null} when it has none (no folder, an empty
   * one, or {@code templateFolder = ""}) or they could not be compiled (then reported).
   */
  TemplatesModel read(TypeElement application) {
    AnnotationMirror annotation = Annotations.find(application, Names.APPLICATION);
    String folder = (String) Annotations.value(annotation, "templateFolder", "templates");
    if (folder.isEmpty()) {
      return null;
    }
    if (!ResourceFolders.isFolderName(folder)) {
      diagnostics.error(application, annotation, "templateFolder \"" + folder + "\" is not a resource"
          + " folder name; give a path from the root of the class path without leading or trailing"
          + " slashes, like \"templates\" or \"web/templates\", or \"\" for no templates");
      return null;
    }
    Path directory = ResourceFolders.directory(environment, folder);
    if (directory == null || !Files.isDirectory(directory)) {
      return null;
    }
    List<String> names;
    try {
      names = templateNames(directory);
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(application, annotation, "Could not read the templates folder " + directory
          + ": " + e.getMessage());
      return null;
    }
    if (names.isEmpty()) {
      return null;
    }
    if (environment.getElementUtils().getTypeElement(Names.TEMPLATE_GLOBALS) == null) {
      diagnostics.error(application, annotation, "The application has templates (" + folder + "/"
          + names.get(0) + ") but the class path has no " + Names.TEMPLATE_GLOBALS + ", which every template"
          + " imports; depend on carafe-runtime (or carafe-templates) of the same version as"
          + " carafe-processor");
      return null;
    }
    String packageName = packageOf(application);
    packageName = packageName.isEmpty() ? "templates" : packageName + ".templates";
    try {
      return new TemplatesModel(folder, compile(directory, names, packageName));
    } catch (TemplateException e) {
      diagnostics.error(message(folder, directory, e.getMessage()));
      return null;
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(application, annotation, "Could not compile the templates of " + directory
          + ": " + e.getMessage());
      return null;
    }
  }

  /** Every template under {@code directory}, by its path there, in name order. */
  private static List<String> templateNames(Path directory) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(directory)) {
      files.filter(Files::isRegularFile)
          .map(file -> directory.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".jte"))
          .forEach(names::add);
    }
    return new ArrayList<>(names);
  }

  /** jte's sources for the templates, generated in a scratch directory and read back. */
  private static List<TemplatesModel.Template> compile(Path directory, List<String> names,
      String packageName) throws IOException {
    Path scratch = Files.createTempDirectory("carafe-templates");
    try {
      TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(directory), scratch,
          ContentType.Html, null, packageName);
      // The text of each template becomes UTF-8 bytes now, not on every render.
      engine.setBinaryStaticContent(true);
      engine.generateAll();
      List<TemplatesModel.Template> templates = new ArrayList<>();
      for (String name : names) {
        ClassInfo info = new ClassInfo(name, packageName);
        Path base = scratch.resolve(info.fullName.replace('.', '/'));
        Path java = base.resolveSibling(info.className + ".java");
        Path binary = base.resolveSibling(info.className + ".bin");
        templates.add(new TemplatesModel.Template(name, info.fullName,
            Files.readString(java, StandardCharsets.UTF_8),
            Files.exists(binary) ? Files.readAllBytes(binary) : null));
      }
      return templates;
    } finally {
      delete(scratch);
    }
  }

  /**
   * The compiler error for jte's {@code message}, naming the template as the application sees it
   * and the file that holds it.
   */
  static String message(String folder, Path directory, String message) {
    Matcher matcher = JTE_ERROR.matcher(message == null ? "" : message);
    if (!matcher.matches()) {
      return "The templates in " + directory + " could not be compiled: " + message;
    }
    String name = matcher.group(1);
    return "Template " + folder + "/" + name + ":" + matcher.group(2) + ": " + matcher.group(3)
        + " (" + directory.resolve(name) + ", line " + matcher.group(2) + ")";
  }

  private static String packageOf(TypeElement type) {
    javax.lang.model.element.Element enclosing = type.getEnclosingElement();
    while (!(enclosing instanceof PackageElement)) {
      enclosing = enclosing.getEnclosingElement();
    }
    return ((PackageElement) enclosing).getQualifiedName().toString();
  }

  private static void delete(Path scratch) throws IOException {
    try (Stream<Path> files = Files.walk(scratch)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}

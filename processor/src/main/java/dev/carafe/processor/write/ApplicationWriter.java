package dev.carafe.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.TemplateMethod;
import dev.carafe.processor.model.TemplatesModel;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Types;

/**
 * Writes every source file of a planned application: its URL builders, dispatch table, wiring,
 * JSON adapters (when a record goes to JSON) and main class. A pure function of the plan: the
 * caller hands the files to the compiler.
 */
public final class ApplicationWriter {
  /** The JDK's marker of generated code, which tools read; it is kept in sources only. */
  public static final String GENERATED = "javax.annotation.processing.Generated";

  private ApplicationWriter() {}

  /**
   * The files of the application {@code plan} was made for.
   *
   * @param types javac's type utilities, for the erasure and boxing of the application's types
   * @param generator the name the files are marked {@code @Generated} with, or {@code null} when
   *     the compilation cannot see {@code javax.annotation.processing.Generated}
   */
  public static List<JavaFile> write(DispatchPlan plan, Types types, String generator) {
    ApplicationModel app = plan.app();
    GeneratedTypes names = GeneratedTypes.of(app);
    SourceFiles files = new SourceFiles(app, generator);
    List<JavaFile> written = new ArrayList<>();
    written.add(files.of(new UrlsWriter(plan, names).write()));
    written.add(files.of(new DispatchWriter(plan, names).write()));
    written.add(files.of(new AppWriter(plan, names).write()));
    if (names.json() != null) {
      written.add(files.of(new JsonAdaptersWriter(app.jsonRecords(), names, types).write()));
    }
    written.add(files.of(new MainWriter(app, names).write()));
    return written;
  }

  /**
   * The application's {@code ...Templates} class: one method per compiled template, which renders
   * it into a page.
   */
  public static JavaFile writeTemplates(ApplicationModel app, String folder, List<TemplateMethod> methods,
      String generator) {
    return new SourceFiles(app, generator).of(
        new TemplatesWriter(GeneratedTypes.of(app), folder, methods).write());
  }

  /**
   * The source of a template's class as javac gets it: jte's, with Carafe's template globals
   * imported on the package line, so that every line stays where jte's line table says it is.
   */
  public static String templateSource(TemplatesModel.Template template) {
    String source = template.source();
    int end = source.indexOf('\n');
    String first = source.substring(0, end);
    if (!first.startsWith("package ") || !first.endsWith(";")) {
      throw new IllegalStateException("jte's source for " + template.name() + " does not start with"
          + " its package: " + first);
    }
    return first + " import static " + RuntimeTypes.TEMPLATE_GLOBALS.canonicalName() + ".*;"
        + source.substring(end);
  }
}

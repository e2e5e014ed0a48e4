package dev.carafe.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.carafe.processor.check.ApplicationChecks;
import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.check.StaticReferences;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.StaticFolderModel;
import dev.carafe.processor.plan.DispatchPlan;
import dev.carafe.processor.plan.DispatchPlanner;
import dev.carafe.processor.read.Sources;
import dev.carafe.processor.write.ApplicationWriter;
import dev.carafe.processor.model.TemplatesModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The Carafe annotation processor: reads {@code @Application} and the route annotations, checks
 * them, and writes the application's dispatch table, wiring, URL builders and main class.
 *
 * <p>Each round's elements are read into models as they arrive ({@code read}); once the
 * application class is known the whole is checked ({@code check}), its table and wiring planned
 * into a {@link DispatchPlan} ({@code plan}) and its files written ({@code write}). Its templates
 * are compiled by jte into Java sources in the same round; the round after, when javac has read
 * those classes, their typed {@code ...Templates} class is written from the signatures javac
 * resolved. Nothing is
 * written unless every check passed, and every problem is reported as a compiler error at the
 * annotation concerned, never as an exception thrown into the compiler: a crash of the processor
 * itself becomes an error with its trace.
 */
@AutoService(Processor.class)
public final class CarafeProcessor extends AbstractProcessor {
  private Diagnostics diagnostics;
  private Sources sources;
  private boolean generated;
  /** The static folder of the generated application, whose file names later sources may use. */
  private StaticFolderModel staticFolder;
  /** How many of the sources' types have had their static file names checked. */
  private int checkedRoots;
  /** The first routed method or hook another processor created after the application was generated. */
  private ExecutableElement lateRoute;
  /** The application whose templates' sources were written, until their typed class is. */
  private ApplicationModel appWithTemplates;
  private TemplatesModel templates;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(Names.APPLICATION);
    types.add(Names.URL_CONVERTER);
    types.add(Names.COMMAND);
    types.add(Names.NON_BLOCKING);
    types.add(Names.BLOCKING);
    for (HookModel.Kind kind : HookModel.Kind.values()) {
      types.add(kind.annotation);
    }
    types.add(Names.ROUTE);
    types.add(Names.ROUTES);
    types.addAll(Names.SHORTCUTS.keySet());
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Sources.RESOURCES_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (sources == null) {
        diagnostics = new Diagnostics(processingEnv.getMessager());
        sources = new Sources(processingEnv, diagnostics);
      }
      List<ExecutableElement> added = sources.read(round);
      if (generated && lateRoute == null && !added.isEmpty()) {
        lateRoute = added.get(0);
      }
      if (generated) {
        checkStaticReferences();
      }
      if (round.processingOver()) {
        finish();
      } else if (!generated && sources.application() != null) {
        generated = true;
        generate();
      } else if (templates != null) {
        writeTemplatesClass();
      }
    } catch (RuntimeException | IOException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "Carafe's processor failed; please report this with the trace:\n" + trace);
    }
    return false;
  }

  /** Check, plan and write, once the application class is known and if nothing was reported. */
  private void generate() throws IOException {
    if (diagnostics.hasErrors()) {
      return;
    }
    ApplicationModel app = sources.applicationModel();
    new ApplicationChecks(diagnostics, processingEnv.getElementUtils()).check(app);
    if (diagnostics.hasErrors()) {
      return;
    }
    staticFolder = app.staticFolder();
    checkStaticReferences();
    DispatchPlan plan = DispatchPlanner.plan(app);
    // As AutoValue and Dagger do: mark the files only where the compilation can see the marker.
    String generator = processingEnv.getElementUtils().getTypeElement(ApplicationWriter.GENERATED) == null
        ? null : CarafeProcessor.class.getName();
    for (JavaFile file : ApplicationWriter.write(plan, processingEnv.getTypeUtils(), generator)) {
      file.writeTo(processingEnv.getFiler());
    }
    templates = sources.templates();
    if (templates != null) {
      appWithTemplates = app;
      writeTemplateSources();
    }
  }

  /**
   * The templates' classes as jte wrote them, for javac to compile with the application, and the
   * text each loads as a resource beside its class.
   */
  private void writeTemplateSources() throws IOException {
    Filer filer = processingEnv.getFiler();
    TypeElement application = appWithTemplates.type();
    for (TemplatesModel.Template template : templates.templates()) {
      try (Writer out = filer.createSourceFile(template.className(), application).openWriter()) {
        out.write(ApplicationWriter.templateSource(template));
      }
      if (template.binaryContent() != null) {
        try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT,
            template.packageName(), template.simpleName() + ".bin", application).openOutputStream()) {
          out.write(template.binaryContent());
        }
      }
    }
  }

  /**
   * The typed {@code ...Templates} class, written the round after the templates' sources, from
   * their classes as javac read them.
   */
  private void writeTemplatesClass() throws IOException {
    TemplatesModel written = templates;
    templates = null;
    String generator = processingEnv.getElementUtils().getTypeElement(ApplicationWriter.GENERATED) == null
        ? null : CarafeProcessor.class.getName();
    ApplicationWriter.writeTemplates(appWithTemplates, written.folder(),
        sources.templateMethods(written), generator).writeTo(processingEnv.getFiler());
  }

  /**
   * Warns where the sources read since the last check name a static file the folder lacks: the
   * application's own sources first, then those generated in later rounds (templates among them).
   */
  private void checkStaticReferences() {
    List<Element> roots = sources.roots();
    new StaticReferences(processingEnv).check(roots.subList(checkedRoots, roots.size()), staticFolder);
    checkedRoots = roots.size();
  }

  /** What can only be known when the rounds are over: routes without an application, late routes. */
  private void finish() {
    ExecutableElement firstRoute = sources.firstRoute();
    if (sources.application() == null && firstRoute != null) {
      diagnostics.error(current(firstRoute), "Routes were found but no class is annotated @Application;"
          + " add @Application to the class that stands for the application (Carafe generates"
          + " its main class beside it)");
    }
    if (lateRoute != null) {
      diagnostics.error(current(lateRoute), "Route method " + lateRoute.getSimpleName() + "() was created"
          + " by another processor after the application was generated; declare routes in"
          + " source files, or generate them in the first round");
    }
  }

  /**
   * The same method as seen by the last round: javac places no message at an element kept from an
   * earlier round, so it is looked up again by its class and name.
   */
  private Element current(ExecutableElement method) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(
        ((TypeElement) method.getEnclosingElement()).getQualifiedName());
    if (type == null) {
      return method;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getSimpleName().equals(method.getSimpleName())) {
        return member;
      }
    }
    return method;
  }
}

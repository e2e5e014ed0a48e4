package dev.carafe.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.carafe.processor.check.ApplicationChecks;
import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.plan.DispatchPlan;
import dev.carafe.processor.plan.DispatchPlanner;
import dev.carafe.processor.read.ApplicationReader;
import dev.carafe.processor.read.ConverterReader;
import dev.carafe.processor.read.EndpointReader;
import dev.carafe.processor.read.HookReader;
import dev.carafe.processor.read.JsonTypes;
import dev.carafe.processor.write.ApplicationWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The Carafe annotation processor: reads {@code @Application} and the route annotations, checks
 * them, and writes the application's dispatch table, wiring, URL builders and main class.
 *
 * <p>Each round's elements are read into models as they arrive ({@code read}); once the
 * application class is known the whole is checked ({@code check}), its table and wiring planned
 * into a {@link DispatchPlan} ({@code plan}) and its files written ({@code write}). Nothing is
 * written unless every check passed, and every problem is reported as a compiler error at the
 * annotation concerned, never as an exception thrown into the compiler: a crash of the processor
 * itself becomes an error with its trace.
 */
@AutoService(Processor.class)
public final class CarafeProcessor extends AbstractProcessor {
  private final List<TypeElement> applications = new ArrayList<>();
  private final Map<String, CustomConverter> converters = new LinkedHashMap<>();
  private final List<EndpointModel> endpoints = new ArrayList<>();
  private final List<HookModel> hooks = new ArrayList<>();
  private JsonTypes json;
  private final Set<Element> seen = new HashSet<>();
  private ExecutableElement firstRoute;
  private ExecutableElement lateRoute;
  private boolean generated;
  private Diagnostics diagnostics;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(Names.APPLICATION);
    types.add(Names.URL_CONVERTER);
    for (HookModel.Kind kind : HookModel.Kind.values()) {
      types.add(kind.annotation);
    }
    types.add(Names.ROUTE);
    types.add(Names.ROUTES);
    types.addAll(Names.SHORTCUTS.keySet());
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (diagnostics == null) {
      diagnostics = new Diagnostics(processingEnv.getMessager());
      json = new JsonTypes();
    }
    try {
      collect(round);
      if (round.processingOver()) {
        finish();
      } else if (!generated && !applications.isEmpty()) {
        generate();
      }
    } catch (RuntimeException | IOException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "Carafe's processor failed; please report this with the trace:\n" + trace);
    }
    return false;
  }

  private void collect(RoundEnvironment round) {
    TypeElement applicationAnnotation = processingEnv.getElementUtils().getTypeElement(Names.APPLICATION);
    if (applicationAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(applicationAnnotation)) {
        if (element.getKind() != ElementKind.CLASS) {
          diagnostics.error(element, "@Application belongs on a class");
        } else if (!applications.isEmpty()) {
          diagnostics.error(element, "More than one class is annotated @Application: "
              + applications.get(0).getQualifiedName() + " and " + ((TypeElement) element).getQualifiedName()
              + ". A compilation holds one application; remove @Application from one of them");
        } else {
          applications.add((TypeElement) element);
        }
      }
    }
    // Every public record of the sources gets a JSON adapter, so Response.json works for any of them.
    for (Element root : round.getRootElements()) {
      registerRecords(root, true);
    }
    TypeElement converterAnnotation = processingEnv.getElementUtils().getTypeElement(Names.URL_CONVERTER);
    if (converterAnnotation != null) {
      ConverterReader converterReader = new ConverterReader(diagnostics, processingEnv.getTypeUtils());
      for (Element element : round.getElementsAnnotatedWith(converterAnnotation)) {
        try {
          CustomConverter converter = converterReader.read((TypeElement) element, converters);
          converters.put(converter.name(), converter);
        } catch (Diagnostics.Abort reported) {
          // Reported at the converter; the others are still read.
        }
      }
    }
    EndpointReader reader = new EndpointReader(diagnostics, processingEnv.getTypeUtils(), converters, json);
    HookReader hookReader = new HookReader(diagnostics, processingEnv.getTypeUtils(),
        processingEnv.getElementUtils(), json);
    for (HookModel.Kind kind : HookModel.Kind.values()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(kind.annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (generated && lateRoute == null) {
          lateRoute = (ExecutableElement) element;
        }
        try {
          hooks.add(hookReader.read(kind, (ExecutableElement) element));
        } catch (Diagnostics.Abort reported) {
          // Reported at the hook; the others are still read.
        }
      }
    }
    List<String> routeAnnotations = new ArrayList<>(List.of(Names.ROUTE, Names.ROUTES));
    routeAnnotations.addAll(new java.util.TreeSet<>(Names.SHORTCUTS.keySet()));
    for (String annotation : routeAnnotations) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (!seen.add(element)) {
          continue;
        }
        ExecutableElement method = (ExecutableElement) element;
        if (firstRoute == null) {
          firstRoute = method;
        }
        if (generated && lateRoute == null) {
          lateRoute = method;
        }
        try {
          endpoints.addAll(reader.read(method));
        } catch (Diagnostics.Abort reported) {
          // Reported at the route; the others are still read.
        }
      }
    }
  }

  private void registerRecords(Element element, boolean enclosedPublicly) {
    boolean visible = enclosedPublicly
        && element.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC);
    if (visible && element.getKind() == ElementKind.RECORD
        && ((TypeElement) element).getTypeParameters().isEmpty()) {
      json.check(element.asType());
    }
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof TypeElement) {
        registerRecords(member, visible);
      }
    }
  }

  private void finish() {
    if (applications.isEmpty() && firstRoute != null) {
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

  private void generate() throws IOException {
    generated = true;
    if (diagnostics.hasErrors()) {
      return;
    }
    ApplicationModel app = new ApplicationReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
        .read(applications.get(0), endpoints, hooks, new ArrayList<>(json.records().values()));
    new ApplicationChecks(diagnostics, processingEnv.getElementUtils()).check(app);
    if (diagnostics.hasErrors()) {
      return;
    }
    DispatchPlan plan = DispatchPlanner.plan(app);
    // As AutoValue and Dagger do: mark the files only where the compilation can see the marker.
    String generator = processingEnv.getElementUtils().getTypeElement(ApplicationWriter.GENERATED) == null ? null
        : CarafeProcessor.class.getName();
    for (JavaFile file : ApplicationWriter.write(plan, processingEnv.getTypeUtils(), generator)) {
      file.writeTo(processingEnv.getFiler());
    }
  }
}

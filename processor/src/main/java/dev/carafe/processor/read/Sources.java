package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the rounds of one compilation have read so far: the application class, the application's
 * own converters, its endpoints and hooks, and the records that go to and from JSON. Each round
 * adds what it brings; an element that cannot be read is reported and left out, and the others
 * are still read.
 */
public final class Sources {
  private final Diagnostics diagnostics;
  private final Elements elements;
  private final ApplicationReader applicationReader;
  private final ConverterReader converterReader;
  private final EndpointReader endpointReader;
  private final HookReader hookReader;
  private final JsonTypes json = new JsonTypes();
  private final Map<String, CustomConverter> converters = new LinkedHashMap<>();
  private final List<TypeElement> applications = new ArrayList<>();
  private final List<EndpointModel> endpoints = new ArrayList<>();
  private final List<HookModel> hooks = new ArrayList<>();
  private final Set<Element> seen = new HashSet<>();
  private final List<ExecutableElement> routed = new ArrayList<>();

  public Sources(ProcessingEnvironment environment, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.elements = environment.getElementUtils();
    this.applicationReader = new ApplicationReader(elements, environment.getTypeUtils());
    this.converterReader = new ConverterReader(diagnostics, environment.getTypeUtils());
    this.endpointReader = new EndpointReader(diagnostics, environment.getTypeUtils(), converters, json);
    this.hookReader = new HookReader(diagnostics, environment.getTypeUtils(), elements, json);
  }

  /**
   * Reads what {@code round} brings.
   *
   * @return the routed methods and hooks met for the first time, in the order read
   */
  public List<ExecutableElement> read(RoundEnvironment round) {
    List<ExecutableElement> added = new ArrayList<>();
    readApplications(round);
    // Every public record of the sources gets a JSON adapter, so Response.json works for any of them.
    for (Element root : round.getRootElements()) {
      readRecords(root, true);
    }
    for (Element element : annotatedWith(round, Names.URL_CONVERTER)) {
      try {
        CustomConverter converter = converterReader.read((TypeElement) element, converters);
        converters.put(converter.name(), converter);
      } catch (Diagnostics.Abort reported) {
        // Reported at the converter; the others are still read.
      }
    }
    for (HookModel.Kind kind : HookModel.Kind.values()) {
      for (Element element : annotatedWith(round, kind.annotation)) {
        added.add((ExecutableElement) element);
        try {
          hooks.add(hookReader.read(kind, (ExecutableElement) element));
        } catch (Diagnostics.Abort reported) {
          // Reported at the hook; the others are still read.
        }
      }
    }
    List<String> routeAnnotations = new ArrayList<>(List.of(Names.ROUTE, Names.ROUTES));
    routeAnnotations.addAll(new TreeSet<>(Names.SHORTCUTS.keySet()));
    for (String annotation : routeAnnotations) {
      for (Element element : annotatedWith(round, annotation)) {
        // A method with several route annotations is met once per annotation type.
        if (!seen.add(element)) {
          continue;
        }
        ExecutableElement method = (ExecutableElement) element;
        routed.add(method);
        added.add(method);
        try {
          endpoints.addAll(endpointReader.read(method));
        } catch (Diagnostics.Abort reported) {
          // Reported at the route; the others are still read.
        }
      }
    }
    return added;
  }

  /** The class annotated {@code @Application}, or {@code null} while none has been met. */
  public TypeElement application() {
    return applications.isEmpty() ? null : applications.get(0);
  }

  /** The first routed method met, or {@code null}. */
  public ExecutableElement firstRoute() {
    return routed.isEmpty() ? null : routed.get(0);
  }

  /** The application, with everything read so far; call once the application class is known. */
  public ApplicationModel applicationModel() {
    return applicationReader.read(application(), endpoints, hooks, new ArrayList<>(json.records().values()));
  }

  private void readApplications(RoundEnvironment round) {
    for (Element element : annotatedWith(round, Names.APPLICATION)) {
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

  private void readRecords(Element element, boolean enclosedPublicly) {
    boolean visible = enclosedPublicly && element.getModifiers().contains(Modifier.PUBLIC);
    if (visible && element.getKind() == ElementKind.RECORD
        && ((TypeElement) element).getTypeParameters().isEmpty()) {
      json.check(element.asType());
    }
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof TypeElement) {
        readRecords(member, visible);
      }
    }
  }

  /** The elements of the round annotated {@code annotation}; none while it is not on the class path. */
  private Set<? extends Element> annotatedWith(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }
}
